namespace Vigil.Sharing.Stix.Serialization;

/// <summary>
/// The structural MUSTs checked on every parsed object (lenient reading still needs a usable id): <c>id</c> is
/// <c>type--UUID</c> with the object's own type, and <c>modified</c> is not before <c>created</c> (§3.2).
/// </summary>
public static class StixObjectChecks
{
    public static (string Path, string Message)? Check(StixObject obj)
    {
        ArgumentNullException.ThrowIfNull(obj);
        if (string.IsNullOrEmpty(obj.Type))
        {
            return (".type", "type is empty");
        }
        if (!StixIds.IsValid(obj.Id, obj.Type))
        {
            return (".id", $"id '{obj.Id}' is not '{obj.Type}--' followed by a UUID");
        }
        if (obj.Created is { } created && obj.Modified is { } modified && modified < created)
        {
            return (".modified", "modified is earlier than created");
        }
        return null;
    }
}
