package vn.vanban.diag;

public enum Severity { ERROR, WARNING }
