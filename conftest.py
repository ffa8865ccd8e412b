# `python -m zonex` runs the CLI on import; doctest collection must not import it.
collect_ignore = ["src/zonex/__main__.py"]
