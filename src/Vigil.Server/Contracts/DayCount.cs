namespace Vigil.Server.Contracts;

public sealed record DayCount(string Day, int Count);
