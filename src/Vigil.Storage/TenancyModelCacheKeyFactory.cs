using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Vigil.Storage;

/// <summary>Keys EF's model cache on whether a <see cref="VigilDbContext"/> is scoped to an organization, so scoped
/// contexts share one model whose query filters are plain equalities on the organization id and unscoped contexts
/// (migrations, admin tools) share one without filters.</summary>
internal sealed class TenancyModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime)
    {
        if (context is not VigilDbContext vigil)
        {
            return (context.GetType(), designTime);
        }
        vigil.ChooseModel();
        return (context.GetType(), vigil.OrgId is not null, designTime);
    }
}
