namespace Vigil.Sharing.Stix.Observables;

/// <summary>STIX user-account (§6.17); id from <c>account_type</c>, <c>user_id</c>, <c>account_login</c>.</summary>
public sealed class UserAccount : StixObservable
{
    public UserAccount()
        : base(StixTypes.UserAccount)
    {
    }

    public string? UserId { get; set; }

    public string? Credential { get; set; }

    public string? AccountLogin { get; set; }

    /// <summary>account-type-ov: github, facebook, skype, twitter, unix, windows-local...</summary>
    public string? AccountType { get; set; }

    public string? DisplayName { get; set; }

    public bool? IsServiceAccount { get; set; }

    public bool? IsPrivileged { get; set; }

    public bool? CanEscalatePrivs { get; set; }

    public bool? IsDisabled { get; set; }

    public StixTimestamp? AccountCreated { get; set; }

    public StixTimestamp? AccountExpires { get; set; }

    public StixTimestamp? CredentialLastChanged { get; set; }

    public StixTimestamp? AccountFirstLogin { get; set; }

    public StixTimestamp? AccountLastLogin { get; set; }

    protected override IEnumerable<KeyValuePair<string, object?>> IdContributingProperties() => [P("account_type", AccountType), P("user_id", UserId), P("account_login", AccountLogin)];
}
