namespace Vigil.Core.Linking;

/// <summary>Disjoint sets over dense slots 0..n-1 with path halving and union by size; grows on demand.</summary>
public sealed class UnionFind
{
    private readonly List<int> _parent = [];
    private readonly List<int> _size = [];

    public int Count => _parent.Count;

    /// <summary>Adds a singleton set and returns its slot.</summary>
    public int Add()
    {
        _parent.Add(_parent.Count);
        _size.Add(1);
        return _parent.Count - 1;
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }
        return x;
    }

    /// <summary>Merges the sets of <paramref name="a"/> and <paramref name="b"/>; returns the new root, or -1 when
    /// they were already together.</summary>
    public int Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb)
        {
            return -1;
        }
        if (_size[ra] < _size[rb])
        {
            (ra, rb) = (rb, ra);
        }
        _parent[rb] = ra;
        _size[ra] += _size[rb];
        return ra;
    }

    public int SizeOf(int x) => _size[Find(x)];
}
