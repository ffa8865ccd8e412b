"""PLACEHOLDER (replaced by the batch CLI)."""


def main(argv=None) -> int:
    return 0
