package vn.vanban.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Longest common subsequence of two key lists and the edit script it gives (common prefix and suffix
 * first, then dynamic programming on the middle). Deletions come before insertions in each gap, as a
 * reviewer reads a replacement.
 */
final class Lcs {
    private Lcs() {
    }

    enum Type { EQUAL, DELETE, INSERT }

    record Op(Type type, int oldIndex, int newIndex) {
    }

    static int common(List<?> a, List<?> b) {
        int n = 0;
        for (Op op : script(a, b)) {
            if (op.type() == Type.EQUAL) {
                n++;
            }
        }
        return n;
    }

    static List<Op> script(List<?> a, List<?> b) {
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Op> ops = new ArrayList<>(Math.max(a.size(), b.size()) + 4);
        for (int i = 0; i < start; i++) {
            ops.add(new Op(Type.EQUAL, i, i));
        }
        int n = endA - start;
        int m = endB - start;
        // lengths[i][j]: LCS of a[start+i..endA) and b[start+j..endB)
        int[][] len = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                len[i][j] = a.get(start + i).equals(b.get(start + j)) ? len[i + 1][j + 1] + 1
                        : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        List<Op> dels = new ArrayList<>();
        List<Op> ins = new ArrayList<>();
        while (i < n || j < m) {
            if (i < n && j < m && a.get(start + i).equals(b.get(start + j))) {
                ops.addAll(dels);
                ops.addAll(ins);
                dels.clear();
                ins.clear();
                ops.add(new Op(Type.EQUAL, start + i, start + j));
                i++;
                j++;
            } else if (j >= m || (i < n && len[i + 1][j] >= len[i][j + 1])) {
                dels.add(new Op(Type.DELETE, start + i, -1));
                i++;
            } else {
                ins.add(new Op(Type.INSERT, -1, start + j));
                j++;
            }
        }
        ops.addAll(dels);
        ops.addAll(ins);
        for (int k = 0; k < a.size() - endA; k++) {
            ops.add(new Op(Type.EQUAL, endA + k, endB + k));
        }
        return ops;
    }
}
