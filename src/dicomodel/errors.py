"""What goes wrong when DICOM data meets a model, and how it is reported.

Two kinds of trouble, two exception types (both ``ValueError``s):

- :class:`DicomFormatError`: the input is not DICOM data at all, or not data this
  runtime will take: a JSON object that is not the DICOM JSON model, invalid
  base64, an unknown VR, sequences nested deeper than
  :data:`dicomodel.serialize.MAX_DEPTH`, more values than
  :data:`dicomodel.serialize.MAX_VALUES`, an unreadable file. Always raised.
- :class:`DicomValidationError`: the input is DICOM data that breaks the model's
  rules. It carries every :class:`Issue` found. Raised by strict reading
  (the default); non-strict reading keeps the data and lists the same issues in
  ``model.dicom_issues``. Constructors and assignments raise it too, with the
  same issues (an assignment that fails changes nothing), and writers raise its
  subclass :class:`DicomWriteError` for an object that breaks its rules.

Every exception reading or writing raises is a :class:`DicomodelError`.

An :class:`Issue` names the attribute by keyword and tag, the path through
sequences (``SegmentSequence[2].SegmentedPropertyTypeCodeSequence[0].CodeValue``)
and the :class:`Rule` it breaks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "DicomFileError",
    "DicomFormatError",
    "DicomValidationError",
    "DicomWriteError",
    "DicomodelError",
    "Issue",
    "Rule",
    "Severity",
    "tag_text",
]


def tag_text(tag: int) -> str:
    """``0x00100010`` -> ``"(0010,0010)"``."""
    return f"({tag >> 16:04X},{tag & 0xFFFF:04X})"


class Rule(StrEnum):
    """The rule an :class:`Issue` is about."""

    ABSENT = "absent"
    """A Type 1 or Type 2 attribute of the model is not in the data set."""
    TYPE1_EMPTY = "type1-empty"
    """A Type 1 attribute is present without a value."""
    ENUMERATED = "enumerated"
    """A value is not one of the attribute's Enumerated Values."""
    VM = "vm"
    """The number of values does not fit the attribute's Value Multiplicity."""
    VALUE = "value"
    """A value that its VR does not allow (a bad DA, a CS in lower case, a UID with letters)."""
    VR = "vr"
    """The data set gives the attribute a VR the model does not allow."""
    CONDITION = "condition"
    """A Type 1C or 2C attribute whose condition holds is absent (or, for 1C, empty)."""
    NOT_ALLOWED = "not-allowed"
    """An attribute, module or functional group is present where the standard says it
    shall not be ("Shall not be present if ...", or not otherwise)."""
    MODULE = "module"
    """A module the IOD requires (M, or C with its condition met) is absent."""
    FUNCTIONAL_GROUP = "functional-group"
    """A functional group macro the IOD requires is absent from a frame, or stands in
    the shared or per-frame sequence where it may not."""
    LENGTH = "length"
    """A value shorter than other attributes imply (native Pixel Data, PS3.5 8.1.1)."""
    UNKNOWN = "unknown"
    """A name that is not an attribute of the model."""


class Severity(StrEnum):
    """How bad an :class:`Issue` is; ``undecided`` when the data set cannot tell."""

    ERROR = "error"
    WARNING = "warning"
    UNDECIDED = "undecided"


@dataclass(frozen=True, slots=True)
class Issue:
    """One problem of a data set, located by its path through sequences.

    ``path`` is keywords and item indexes from the top-level data set,
    ``SegmentSequence[2].SegmentedPropertyTypeCodeSequence[0].CodeValue``;
    ``tag`` is the tag of the last element of the path. ``kept_as_extra`` is
    true when a non-strict read moved the element, unchanged, to the
    ``dicom_extra`` data set of the object that holds it (its value does not fit
    the model's field), false when the value is in the model.
    """

    path: str
    tag: int
    rule: Rule
    message: str
    kept_as_extra: bool = False
    severity: Severity = Severity.ERROR
    source: str = ""

    @property
    def keyword(self) -> str:
        """The keyword of the attribute: the last name in :attr:`path`."""
        return self.path.rsplit(".", 1)[-1].split("[", 1)[0]

    def __str__(self) -> str:
        where = f"; {self.source}" if self.source else ""
        level = "" if self.severity is Severity.ERROR else f"{self.severity}: "
        return f"{self.path} {tag_text(self.tag)}: {level}{self.message} [{self.rule}{where}]"


class DicomodelError(Exception):
    """Base of the errors this runtime raises on its own."""


class DicomFormatError(DicomodelError, ValueError):
    """Input that is not DICOM data this runtime accepts (malformed JSON, bad base64 ...)."""


class DicomFileError(DicomodelError, OSError):
    """A file that cannot be opened or written (missing, a directory, no permission)."""


class DicomValidationError(DicomodelError, ValueError):
    """A data set that breaks its model's rules; :attr:`issues` lists every problem.

    ``doing`` says when: ``"reading"`` (a strict read), ``"building"`` (a
    constructor, ``model_validate``, ``from_modules``), ``"assigning to"`` (an
    assignment, which leaves the object as it was).
    """

    def __init__(self, model: str, issues: Iterable[Issue], *, doing: str = "reading") -> None:
        self.model = model
        self.issues: tuple[Issue, ...] = tuple(issues)
        count = len(self.issues)
        lines = "\n".join(f"  {issue}" for issue in self.issues)
        plural = "" if count == 1 else "s"
        super().__init__(f"{count} problem{plural} {doing} {model}:\n{lines}")


class DicomWriteError(DicomValidationError):
    """An object that a writer refuses: it breaks its rules (see
    :func:`dicomodel.serialize.checks.write_problems`), or its values cannot be encoded."""

    def __init__(self, model: str, issues: Iterable[Issue]) -> None:
        super().__init__(model, issues, doing="writing")
