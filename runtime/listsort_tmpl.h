/* runtime/listsort_tmpl.h: the timsort body, instantiated by listsort.c.
 * SPDX-License-Identifier: MIT
 *
 * Included once per compare: SORT_NAME(f) names the instance's functions
 * and SORT_LT(ms, a, b) is its `<` (1, 0, or -1 on error).  Instantiating
 * with an inline compare (small ints) removes an indirect call from the
 * inner loops.
 */
/* ---- runs ---- */

/* Sort [lo, lo+n) by binary insertion; [lo, lo+start) is already sorted. */
static int
SORT_NAME(binarysort)(MergeState *ms, SortSlice lo, int64_t n, int64_t start)
{
    for (; start < n; start++) {
        Value pivot = lo.k[start];
        Value pv = lo.v ? lo.v[start] : VNULL;
        int64_t l = 0, r = start;
        while (l < r) {
            int64_t p = l + ((r - l) >> 1);
            int k = SORT_LT(ms, pivot, lo.k[p]);
            if (k < 0)
                return -1;
            if (k)
                r = p;
            else
                l = p + 1;
        }
        memmove(lo.k + l + 1, lo.k + l, (size_t)(start - l) * sizeof(Value));
        lo.k[l] = pivot;
        if (lo.v) {
            memmove(lo.v + l + 1, lo.v + l, (size_t)(start - l) * sizeof(Value));
            lo.v[l] = pv;
        }
    }
    return 0;
}

/* Length of the run starting at lo (strictly descending runs are reversed). */
static int64_t
SORT_NAME(count_run)(MergeState *ms, SortSlice lo, int64_t n)
{
    if (n == 1)
        return 1;
    int k = SORT_LT(ms, lo.k[1], lo.k[0]);
    if (k < 0)
        return -1;
    int64_t i = 2;
    if (k) {
        for (; i < n; i++) {
            k = SORT_LT(ms, lo.k[i], lo.k[i - 1]);
            if (k < 0)
                return -1;
            if (!k)
                break;
        }
        ss_reverse(lo, i);
    } else {
        for (; i < n; i++) {
            k = SORT_LT(ms, lo.k[i], lo.k[i - 1]);
            if (k < 0)
                return -1;
            if (k)
                break;
        }
    }
    return i;
}

/* k such that a[k-1] < key <= a[k], starting the search at hint. */
static int64_t
SORT_NAME(gallop_left)(MergeState *ms, Value key, const Value *a, int64_t n, int64_t hint)
{
    int64_t ofs = 1, lastofs = 0, k;
    a += hint;
    if ((k = SORT_LT(ms, a[0], key)) < 0)
        return -1;
    if (k) {
        int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            if ((k = SORT_LT(ms, a[ofs], key)) < 0)
                return -1;
            if (!k)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    } else {
        int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            if ((k = SORT_LT(ms, *(a - ofs), key)) < 0)
                return -1;
            if (k)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    }
    a -= hint;
    lastofs++;
    while (lastofs < ofs) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        if ((k = SORT_LT(ms, a[m], key)) < 0)
            return -1;
        if (k)
            lastofs = m + 1;
        else
            ofs = m;
    }
    return ofs;
}

/* k such that a[k-1] <= key < a[k], starting the search at hint. */
static int64_t
SORT_NAME(gallop_right)(MergeState *ms, Value key, const Value *a, int64_t n, int64_t hint)
{
    int64_t ofs = 1, lastofs = 0, k;
    a += hint;
    if ((k = SORT_LT(ms, key, a[0])) < 0)
        return -1;
    if (k) {
        int64_t maxofs = hint + 1;
        while (ofs < maxofs) {
            if ((k = SORT_LT(ms, key, *(a - ofs))) < 0)
                return -1;
            if (!k)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        k = lastofs;
        lastofs = hint - ofs;
        ofs = hint - k;
    } else {
        int64_t maxofs = n - hint;
        while (ofs < maxofs) {
            if ((k = SORT_LT(ms, key, a[ofs])) < 0)
                return -1;
            if (k)
                break;
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > maxofs)
            ofs = maxofs;
        lastofs += hint;
        ofs += hint;
    }
    a -= hint;
    lastofs++;
    while (lastofs < ofs) {
        int64_t m = lastofs + ((ofs - lastofs) >> 1);
        if ((k = SORT_LT(ms, key, a[m])) < 0)
            return -1;
        if (k)
            ofs = m;
        else
            lastofs = m + 1;
    }
    return ofs;
}

/* Merge a (na items) and b (nb items, right after a), na <= nb. */
static int
SORT_NAME(merge_lo)(MergeState *ms, SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb)
{
    if (ensure_tmp(ms, na, ssa.v != NULL) < 0)
        return -1;
    SortSlice dest = ssa;
    ss_copy(ms->tmp, ssa, na);
    SortSlice a = ms->tmp; /* cursor into the copy of run A */
    int64_t min_gallop = ms->min_gallop;
    int result = 0;

    ss_set(dest, 0, ssb, 0);
    dest = ss_at(dest, 1);
    ssb = ss_at(ssb, 1);
    if (--nb == 0)
        goto succeed;
    if (na == 1)
        goto copy_b;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
            int k = SORT_LT(ms, ssb.k[0], a.k[0]);
            if (k < 0)
                goto fail;
            if (k) {
                ss_set(dest, 0, ssb, 0);
                dest = ss_at(dest, 1);
                ssb = ss_at(ssb, 1);
                bcount++;
                acount = 0;
                if (--nb == 0)
                    goto succeed;
                if (bcount >= min_gallop)
                    break;
            } else {
                ss_set(dest, 0, a, 0);
                dest = ss_at(dest, 1);
                a = ss_at(a, 1);
                acount++;
                bcount = 0;
                if (--na == 1)
                    goto copy_b;
                if (acount >= min_gallop)
                    break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            int64_t k = SORT_NAME(gallop_right)(ms, ssb.k[0], a.k, na, 0);
            if (k < 0)
                goto fail;
            acount = k;
            if (k) {
                ss_copy(dest, a, k);
                dest = ss_at(dest, k);
                a = ss_at(a, k);
                na -= k;
                if (na == 1)
                    goto copy_b;
                if (na == 0) /* only with an inconsistent `<` */
                    goto succeed;
            }
            ss_set(dest, 0, ssb, 0);
            dest = ss_at(dest, 1);
            ssb = ss_at(ssb, 1);
            if (--nb == 0)
                goto succeed;
            k = SORT_NAME(gallop_left)(ms, a.k[0], ssb.k, nb, 0);
            if (k < 0)
                goto fail;
            bcount = k;
            if (k) {
                ss_move(dest, ssb, k);
                dest = ss_at(dest, k);
                ssb = ss_at(ssb, k);
                nb -= k;
                if (nb == 0)
                    goto succeed;
            }
            ss_set(dest, 0, a, 0);
            dest = ss_at(dest, 1);
            a = ss_at(a, 1);
            if (--na == 1)
                goto copy_b;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        ms->min_gallop = min_gallop;
    }
fail:
    result = -1;
succeed:
    if (na)
        ss_copy(dest, a, na);
    return result;
copy_b:
    ss_move(dest, ssb, nb);
    ss_set(dest, nb, a, 0);
    return 0;
}

/* Merge a (na items) and b (nb items, right after a), na >= nb, from the right. */
static int
SORT_NAME(merge_hi)(MergeState *ms, SortSlice ssa, int64_t na, SortSlice ssb, int64_t nb)
{
    if (ensure_tmp(ms, nb, ssa.v != NULL) < 0)
        return -1;
    SortSlice dest = ss_at(ssb, nb - 1);
    ss_copy(ms->tmp, ssb, nb);
    SortSlice basea = ssa, baseb = ms->tmp;
    SortSlice pb = ss_at(ms->tmp, nb - 1);
    SortSlice pa = ss_at(ssa, na - 1);
    int64_t min_gallop = ms->min_gallop;
    int result = 0;

    ss_set(dest, 0, pa, 0);
    dest = ss_at(dest, -1);
    pa = ss_at(pa, -1);
    if (--na == 0)
        goto succeed;
    if (nb == 1)
        goto copy_a;
    for (;;) {
        int64_t acount = 0, bcount = 0;
        for (;;) {
            int k = SORT_LT(ms, pb.k[0], pa.k[0]);
            if (k < 0)
                goto fail;
            if (k) {
                ss_set(dest, 0, pa, 0);
                dest = ss_at(dest, -1);
                pa = ss_at(pa, -1);
                acount++;
                bcount = 0;
                if (--na == 0)
                    goto succeed;
                if (acount >= min_gallop)
                    break;
            } else {
                ss_set(dest, 0, pb, 0);
                dest = ss_at(dest, -1);
                pb = ss_at(pb, -1);
                bcount++;
                acount = 0;
                if (--nb == 1)
                    goto copy_a;
                if (bcount >= min_gallop)
                    break;
            }
        }
        min_gallop++;
        do {
            min_gallop -= min_gallop > 1;
            ms->min_gallop = min_gallop;
            int64_t k = SORT_NAME(gallop_right)(ms, pb.k[0], basea.k, na, na - 1);
            if (k < 0)
                goto fail;
            k = na - k;
            acount = k;
            if (k) {
                dest = ss_at(dest, -k);
                pa = ss_at(pa, -k);
                ss_move(ss_at(dest, 1), ss_at(pa, 1), k);
                na -= k;
                if (na == 0)
                    goto succeed;
            }
            ss_set(dest, 0, pb, 0);
            dest = ss_at(dest, -1);
            pb = ss_at(pb, -1);
            if (--nb == 1)
                goto copy_a;
            k = SORT_NAME(gallop_left)(ms, pa.k[0], baseb.k, nb, nb - 1);
            if (k < 0)
                goto fail;
            k = nb - k;
            bcount = k;
            if (k) {
                dest = ss_at(dest, -k);
                pb = ss_at(pb, -k);
                ss_copy(ss_at(dest, 1), ss_at(pb, 1), k);
                nb -= k;
                if (nb == 1)
                    goto copy_a;
                if (nb == 0) /* only with an inconsistent `<` */
                    goto succeed;
            }
            ss_set(dest, 0, pa, 0);
            dest = ss_at(dest, -1);
            pa = ss_at(pa, -1);
            if (--na == 0)
                goto succeed;
        } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
        min_gallop++;
        ms->min_gallop = min_gallop;
    }
fail:
    result = -1;
succeed:
    if (nb)
        ss_copy(ss_at(dest, -(nb - 1)), baseb, nb);
    return result;
copy_a:
    /* nb == 1: move the rest of A up, then put B's last item below it */
    dest = ss_at(dest, -na);
    pa = ss_at(pa, -na);
    ss_move(ss_at(dest, 1), ss_at(pa, 1), na);
    ss_set(dest, 0, pb, 0);
    return 0;
}

static int
SORT_NAME(merge_at)(MergeState *ms, int i)
{
    SortSlice ssa = ms->pending[i].base, ssb = ms->pending[i + 1].base;
    int64_t na = ms->pending[i].len, nb = ms->pending[i + 1].len;
    ms->pending[i].len = na + nb;
    if (i == ms->n - 3)
        ms->pending[i + 1] = ms->pending[i + 2];
    ms->n--;
    int64_t k = SORT_NAME(gallop_right)(ms, ssb.k[0], ssa.k, na, 0);
    if (k < 0)
        return -1;
    ssa = ss_at(ssa, k);
    na -= k;
    if (na == 0)
        return 0;
    nb = SORT_NAME(gallop_left)(ms, ssa.k[na - 1], ssb.k, nb, nb - 1);
    if (nb <= 0)
        return (int)nb;
    if (na <= nb)
        return SORT_NAME(merge_lo)(ms, ssa, na, ssb, nb);
    return SORT_NAME(merge_hi)(ms, ssa, na, ssb, nb);
}

static int
SORT_NAME(merge_collapse)(MergeState *ms)
{
    while (ms->n > 1) {
        int n = ms->n - 2;
        if ((n > 0 && ms->pending[n - 1].len <= ms->pending[n].len + ms->pending[n + 1].len) ||
            (n > 1 && ms->pending[n - 2].len <= ms->pending[n - 1].len + ms->pending[n].len)) {
            if (ms->pending[n - 1].len < ms->pending[n + 1].len)
                n--;
        } else if (ms->pending[n].len > ms->pending[n + 1].len) {
            break;
        }
        if (SORT_NAME(merge_at)(ms, n) < 0)
            return -1;
    }
    return 0;
}

static int
SORT_NAME(merge_force_collapse)(MergeState *ms)
{
    while (ms->n > 1) {
        int n = ms->n - 2;
        if (n > 0 && ms->pending[n - 1].len < ms->pending[n + 1].len)
            n--;
        if (SORT_NAME(merge_at)(ms, n) < 0)
            return -1;
    }
    return 0;
}

/* Sort the slice in place; -1 on a compare error (still a permutation). */
static int
SORT_NAME(timsort)(MergeState *ms, SortSlice lo, int64_t n)
{
    if (n < 2)
        return 0;
    int64_t minrun = compute_minrun(n);
    int64_t remaining = n;
    do {
        int64_t run = SORT_NAME(count_run)(ms, lo, remaining);
        if (run < 0)
            return -1;
        if (run < minrun) {
            int64_t force = remaining <= minrun ? remaining : minrun;
            if (SORT_NAME(binarysort)(ms, lo, force, run) < 0)
                return -1;
            run = force;
        }
        ms->pending[ms->n].base = lo;
        ms->pending[ms->n].len = run;
        ms->n++;
        if (SORT_NAME(merge_collapse)(ms) < 0)
            return -1;
        lo = ss_at(lo, run);
        remaining -= run;
    } while (remaining);
    return SORT_NAME(merge_force_collapse)(ms);
}
