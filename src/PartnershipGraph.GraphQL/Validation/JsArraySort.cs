namespace PartnershipGraph.GraphQL.Validation;

/// <summary>Sorts as V8's <c>Array.prototype.sort</c> does, so that comparers that are not total orders give graphql-js's order.</summary>
/// <remarks>Short arrays (the only ones suggestions produce) follow V8's TimSort exactly: the first run, then binary insertion.</remarks>
internal static class JsArraySort
{
    private const int ExactLimit = 64;

    /// <summary>Sorts the list in place.</summary>
    public static void Sort<T>(List<T> items, Comparison<T> compare)
    {
        var n = items.Count;
        if (n < 2)
        {
            return;
        }
        if (n >= ExactLimit)
        {
            var indexed = items.Select((item, index) => (item, index)).ToList();
            indexed.Sort(
                (a, b) => compare(a.item, b.item) is var c && c != 0 ? c : a.index - b.index
            );
            items.Clear();
            items.AddRange(indexed.Select(x => x.item));
            return;
        }
        var run = CountAndMakeRun(items, compare);
        BinaryInsertionSort(items, run, compare);
    }

    private static int CountAndMakeRun<T>(List<T> items, Comparison<T> compare)
    {
        var runLength = 2;
        var isDescending = compare(items[1], items[0]) < 0;
        var previous = items[1];
        for (var i = 2; i < items.Count; i++)
        {
            var order = compare(items[i], previous);
            if (isDescending ? order >= 0 : order < 0)
            {
                break;
            }
            previous = items[i];
            runLength++;
        }
        if (isDescending)
        {
            items.Reverse(0, runLength);
        }
        return runLength;
    }

    private static void BinaryInsertionSort<T>(List<T> items, int start, Comparison<T> compare)
    {
        for (; start < items.Count; start++)
        {
            var pivot = items[start];
            var left = 0;
            var right = start;
            while (left < right)
            {
                var mid = left + ((right - left) >> 1);
                if (compare(pivot, items[mid]) < 0)
                {
                    right = mid;
                }
                else
                {
                    left = mid + 1;
                }
            }
            items.RemoveAt(start);
            items.Insert(left, pivot);
        }
    }
}
