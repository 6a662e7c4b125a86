namespace Vigil.Storage;

public enum StorageProvider
{
    Sqlite = 1,
    Postgres = 2,
}
