namespace Vigil.Server.Contracts;

public sealed record EventResponse(long Id, string Source, string Type, DateTimeOffset At, string? Actor, string? Ip, string? DeviceId, bool? Success);
