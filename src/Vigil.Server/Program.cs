using Vigil.Server;

var app = VigilServer.Build(args);
await app.RunAsync();

/// <summary>Public so that <c>WebApplicationFactory&lt;Program&gt;</c> can host the server in tests.</summary>
public partial class Program;
