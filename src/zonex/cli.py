"""The ``zonex`` command: ``extract`` (batch extraction), ``eval`` (scoring) and ``train-ner``.

``main(argv)`` returns the exit status instead of exiting, so that it can be called from tests
and other programs: 0 all fine, 1 some documents failed (or the evaluation failed), 2 a usage
error, 130/143 interrupted by SIGINT/SIGTERM (the partial output is kept for ``--resume``).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import signal
import sys
from collections.abc import Sequence

from . import __version__
from .io import DEFAULT_MAX_BYTES, FORMATS, STDIN, JsonlOptions, ResumeError, format_for_path

__all__ = ["build_parser", "main", "parse_size"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

_DESCRIPTION = """\
zonex turns Chinese government and news text about high-tech zones (高新区, 开发区, 科技园)
into structured data: quantities, time expressions, entities and claims (metric + subject +
period + value + change + status)."""

_MAIN_EPILOG = """\
examples:
  zonex extract seeds/ -o out.jsonl
  zonex extract pages/ --glob '*.html' -o claims.csv -j 8
  zonex eval fixtures/gold/seeds.jsonl
  zonex train-ner fixtures/gold/seeds.jsonl -o models/ner

Run 'zonex COMMAND --help' for the options of a command."""

_EXTRACT_DESCRIPTION = """\
Extract quantities, time expressions, entities and claims from every input and write one
record per input, in input order.

INPUT is any mix of:
  FILE        a text file (UTF-8, UTF-8 with BOM, GB18030/GBK or Big5: detected and recorded
              in meta.encoding) or an HTML page (*.html, *.htm, or text that starts like a
              page: the article text is extracted, its title and date go to meta)
  FOLDER      every file below it, recursively, in name order (hidden files skipped;
              restrict with --glob)
  FILE.jsonl  one document per line, its text in --text-field and its id in --id-field
  -           standard input (JSONL if its first line is a JSON object, else one text)

Each record's id is the input's path relative to the folder it was found in, without its
suffix (or the JSONL id field; FILE_ID:LINE when there is none); its source is the path as
given. An input that cannot be processed (unreadable, binary, empty, too large, not
decodable, a bad JSONL line) yields an error record and the batch goes on:
  {"id": ..., "source": ..., "error": {"type": "EmptyInput", "message": "..."}}
Error types: EmptyInput, BinaryInput, TooLarge, DecodeError, ReadError, InvalidJSON,
MissingTextField, ExtractionError.

The output format follows OUT's suffix (or --format):
  .jsonl    one Document per line, the fields of the gold format (id, source, text,
            normalized, meta, quantities, times, entities, claims)
  .csv      one row per claim (UTF-8 with BOM for spreadsheets): id, source, claim, subject,
            subject_text, metric, period, value, low, high, unit, qualifier, value_text,
            change, change_value, change_unit, change_direction, change_basis, status,
            sentence, offsets, error_type, error_message; a document without claims gets
            one row with empty claim columns, a failed input one row with its error
  .parquet  the same table (needs pyarrow: pip install "zonex[parquet]")

Output is written to OUT.part and moved to OUT when the batch completes; an interrupted run
(Ctrl-C, kill) leaves OUT.part, and the same command with --resume goes on from it."""

_EXTRACT_EPILOG = """\
examples:
  zonex extract seeds/ -o out.jsonl
      every file of seeds/, all cores, one JSON document per line
  zonex extract pages/ --glob '*.html' --glob '*.htm' -o claims.csv -j 4
      the HTML pages below pages/, a claim table for a spreadsheet
  zonex extract dump.jsonl --text-field content --id-field url -o out.parquet
      a JSONL dump whose text is in "content" and whose key is "url"
  cat page.txt | zonex extract - > page.jsonl
      one text from standard input to standard output
  zonex extract big/ -o out.jsonl --resume
      go on after an interruption: records already in out.jsonl(.part) are kept

exit status: 0 all inputs processed, 1 some inputs failed (error records written),
2 usage error or the output cannot be written, 130/143 interrupted (run again with --resume)."""

_EVAL_EPILOG = """\
examples:
  zonex eval fixtures/gold/seeds.jsonl
      run the pipeline on the gold texts and score it
  zonex eval fixtures/gold/seeds.jsonl --pred out.jsonl --json
      score saved predictions (zonex extract output), as JSON
  zonex eval fixtures/gold/seeds.jsonl --errors
      also list every missed and spurious span"""

_TRAIN_EPILOG = """\
examples:
  zonex train-ner fixtures/gold/seeds.jsonl -o models/ner
  zonex train-ner gold.jsonl -o models/ner --iterations 50 --seed 1
then:
  zonex extract pages/ -o out.jsonl --entities spacy:models/ner

needs spaCy: pip install "zonex[spacy]\""""

_SIZE = re.compile(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?)i?b?\s*", re.IGNORECASE)


def parse_size(value: str) -> int:
    """A byte count with an optional unit (powers of 1024).

    >>> parse_size("20MB"), parse_size("512k"), parse_size("1000")
    (20971520, 524288, 1000)
    """
    match = _SIZE.fullmatch(value)
    if not match:
        raise argparse.ArgumentTypeError(f"not a size: {value!r} (examples: 20MB, 512k, 1000000)")
    number, unit = match.groups()
    return int(float(number) * 1024 ** " kmg".index(unit.lower() or " "))


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, max_help_position=32)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zonex", description=_DESCRIPTION, epilog=_MAIN_EPILOG, formatter_class=_Formatter
    )
    parser.add_argument("--version", action="version", version=f"zonex {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    ex = commands.add_parser(
        "extract", help="extract from files, folders, JSONL or stdin into JSONL, CSV or Parquet", description=_EXTRACT_DESCRIPTION,
        epilog=_EXTRACT_EPILOG, formatter_class=_Formatter,
    )
    ex.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders, JSONL files, or - for stdin")
    ex.add_argument("-o", "--output", metavar="OUT", default=STDIN, help="output file (default: - for stdout, JSONL)")
    ex.add_argument("-f", "--format", choices=sorted(FORMATS), help="output format (default: from OUT's suffix)")
    ex.add_argument(
        "-j", "--jobs", type=_positive_int, metavar="N",
        help="worker processes, each building the pipeline once (default: all cores)",
    )
    ex.add_argument("--resume", action="store_true", help="keep the records already in OUT (or OUT.part) and skip their ids")
    ex.add_argument(
        "--glob", action="append", metavar="PATTERN",
        help="in folders, only files matching PATTERN (repeatable; a pattern with / matches the path below the folder)",
    )
    ex.add_argument(
        "--input-format", choices=("auto", "text", "html", "jsonl"), default="auto",
        help="how to read every input (default: auto, by suffix and content)",
    )
    ex.add_argument("--text-field", default="text", metavar="NAME", help="JSONL field holding the text (default: text)")
    ex.add_argument("--id-field", default="id", metavar="NAME", help="JSONL field holding the id (default: id)")
    ex.add_argument(
        "--meta-field", action="append", metavar="NAME",
        help="JSONL field copied into meta (repeatable; default: title, date, url)",
    )
    ex.add_argument("--encoding", metavar="ENC", help="decode every text file with ENC instead of detecting it")
    ex.add_argument(
        "--max-bytes", type=parse_size, default=DEFAULT_MAX_BYTES, metavar="SIZE",
        help="inputs larger than this get a TooLarge error record without being read (default: 20MB)",
    )
    ex.add_argument("--no-normalized", action="store_true", help="leave the normalized text out of JSONL records")
    ex.add_argument(
        "--entities", default="rules", metavar="BACKEND",
        help="entity recogniser: rules (default), none, spacy:MODEL_DIR or hanlp:MODEL",
    )
    ex.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None,
        help="show a progress line on stderr (default: when stderr is a terminal)",
    )
    ex.add_argument("-q", "--quiet", action="store_true", help="no progress and no summary")
    ex.set_defaults(handler=_extract, subparser=ex)

    ev = commands.add_parser(
        "eval", help="score predictions against gold annotations",
        description="Score zonex against gold annotations (the format of shared/spec/annotation.md): "
        "quantities, claims and entities, strict and lenient, with per-field accuracy.",
        epilog=_EVAL_EPILOG, formatter_class=_Formatter,
    )
    ev.add_argument("gold", metavar="GOLD.jsonl", help="gold annotations, one document per line")
    ev.add_argument("--pred", metavar="PRED.jsonl", help="predictions to score (default: run the pipeline on the gold texts)")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.add_argument("--errors", action="store_true", help="also list every missed and spurious item")
    ev.set_defaults(handler=_eval, subparser=ev)

    tr = commands.add_parser(
        "train-ner", help="train the optional spaCy entity recogniser on gold annotations",
        description="Train a spaCy NER model (ZONE, ORG, GPE, PERSON) on the entities of gold annotations.",
        epilog=_TRAIN_EPILOG, formatter_class=_Formatter,
    )
    tr.add_argument("gold", metavar="GOLD.jsonl", help="gold annotations with entities")
    tr.add_argument("-o", "--output", required=True, metavar="MODEL_DIR", help="where to write the model")
    tr.add_argument("--iterations", type=_positive_int, metavar="N", help="training passes over the data")
    tr.add_argument("--seed", type=int, metavar="N", help="random seed, for a reproducible model")
    tr.set_defaults(handler=_train_ner, subparser=tr)
    return parser


def _usage_error(parser: argparse.ArgumentParser, message: str) -> int:
    parser.print_usage(sys.stderr)
    print(f"{parser.prog}: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def _extract(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from .batch import BatchOptions, Interrupted, PipelineBuildError, default_jobs, run
    from .pipeline import Settings

    output = None if args.output == STDIN else args.output
    if args.inputs.count(STDIN) > 1:
        return _usage_error(parser, "standard input (-) can be read only once")
    if output is not None and os.path.isdir(output):
        return _usage_error(parser, f"the output {output!r} is a folder: give a file name")
    if output is not None and not os.path.isdir(os.path.dirname(os.path.abspath(output))):
        return _usage_error(parser, f"the folder of the output {output!r} does not exist")
    fmt = args.format or (format_for_path(output) if output else "jsonl")
    if fmt is None:
        suffixes = ", ".join(s for group in FORMATS.values() for s in group)
        return _usage_error(parser, f"cannot tell the output format of {output!r}: use a suffix ({suffixes}) or --format")
    if output is None and fmt == "parquet":
        return _usage_error(parser, "parquet cannot be written to stdout: give -o OUT.parquet")
    if output is None and args.resume:
        return _usage_error(parser, "--resume needs an output file (-o OUT)")
    if fmt == "parquet" and importlib.util.find_spec("pyarrow") is None:
        return _usage_error(parser, 'writing parquet needs pyarrow: pip install "zonex[parquet]"')
    entities = None if args.entities.lower() == "none" else args.entities
    meta_fields = tuple(args.meta_field) if args.meta_field else JsonlOptions().meta_fields
    options = BatchOptions(
        inputs=args.inputs, output=output, format=fmt, jobs=args.jobs or default_jobs(), resume=args.resume,
        globs=args.glob, input_format=args.input_format,
        jsonl=JsonlOptions(text_field=args.text_field, id_field=args.id_field, meta_fields=meta_fields),
        encoding=args.encoding, max_bytes=args.max_bytes, drop_normalized=args.no_normalized,
        settings=Settings(entities=entities),
    )
    try:
        summary = run(options, progress=False if args.quiet else args.progress)
    except (ResumeError, PipelineBuildError) as exc:
        return _usage_error(parser, str(exc))
    except Interrupted as exc:
        if not args.quiet and exc.summary is not None:
            print("\n".join(exc.summary.lines()), file=sys.stderr)
        return 128 + exc.signum
    except BrokenPipeError:
        # The reader of stdout went away (| head): stop quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED
    except OSError as exc:  # the output cannot be written: no permission, disk full
        print(f"zonex extract: error: cannot write the output: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not args.quiet:
        print("\n".join(summary.lines()), file=sys.stderr)
    return EXIT_FAILED if summary.failed else EXIT_OK


def _eval(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if not os.path.isfile(args.gold):
        return _usage_error(parser, f"no such gold file: {args.gold!r}")
    if args.pred is not None and not os.path.isfile(args.pred):
        return _usage_error(parser, f"no such prediction file: {args.pred!r}")
    from .evaluate import run

    return run(args.gold, pred_path=args.pred, as_json=args.json, errors=args.errors, out=sys.stdout)


def _train_ner(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if importlib.util.find_spec("spacy") is None:
        print('zonex train-ner needs spaCy, which is not installed: pip install "zonex[spacy]"', file=sys.stderr)
        return EXIT_USAGE
    if not os.path.isfile(args.gold):
        return _usage_error(parser, f"no such gold file: {args.gold!r}")
    from .ner.spacy_backend import train

    options = {name: value for name, value in (("iterations", args.iterations), ("seed", args.seed)) if value is not None}
    path = train(args.gold, args.output, **options)
    print(f"model written to {path}", file=sys.stderr)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``zonex`` command with ``argv`` (default: ``sys.argv[1:]``); returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error argparse already reported
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args.handler(args, args.subparser)
    except KeyboardInterrupt:
        return 128 + signal.SIGINT
