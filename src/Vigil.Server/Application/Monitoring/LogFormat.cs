namespace Vigil.Server.Application.Monitoring;

/// <summary>The format of a monitoring log file.</summary>
public enum LogFormat
{
    /// <summary>Okta System Log: JSON array, NDJSON, EventBridge envelopes.</summary>
    Okta,

    /// <summary>Entra sign-ins: Graph page or NDJSON, Azure Monitor records, Log Analytics rows.</summary>
    Entra,

    /// <summary>Google Workspace login audit (Reports API activities).</summary>
    Google,

    /// <summary>CSV: sign-ins, payroll or shipments depending on the kind.</summary>
    Csv,

    /// <summary>osquery result logs.</summary>
    Osquery,
}
