using Vigil.Sharing.KeyedHashing;

namespace Vigil.Sharing.Export;

/// <summary>Who publishes and with which keys.</summary>
/// <param name="ProducerName">The organization's name as partners see it (the identity object).</param>
public sealed record StixExportOptions(string ProducerName, CommunityKeyring Keyring, TimeProvider? Time = null);
