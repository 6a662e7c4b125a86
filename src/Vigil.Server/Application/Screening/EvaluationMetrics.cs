namespace Vigil.Server.Application.Screening;

/// <summary>Precision, recall and F1 of one binary decision, with the counts behind them.</summary>
public sealed record EvaluationMetrics(string Name, int TruePositives, int FalsePositives, int FalseNegatives, int Support)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
