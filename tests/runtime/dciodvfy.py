"""Run dciodvfy (dicom3tools) on a file and read its output into typed messages.

dciodvfy prints one message a line, ``Error - ...`` or ``Warning - ...``, some
of them after the tag they are about (``(0x0009,0x1040) PN Patient Object Name
- Warning - ...``), and once the name of the IOD it checks the file against
(``CTImage``). :data:`CATALOGUE` names every message form seen on pydicom's
test corpus (dicom3tools 1.00.snapshot.20220618); a line that fits none is kept
as :attr:`Kind.OTHER`, never dropped.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

__all__ = [
    "CATALOGUE",
    "Kind",
    "Message",
    "Verdict",
    "parse",
    "program",
    "run",
]

TIMEOUT_S = 60
IOD_LINE = re.compile(r"^[A-Z][A-Za-z0-9]+$")
PLAIN = re.compile(r"^(?P<severity>Error|Warning) - (?P<text>.*?)\s*$")
AFTER_TAG = re.compile(
    r"^\((?P<tag>0x[0-9a-fA-F]{4},0x[0-9a-fA-F]{4})\)[^-]*?(?:- )?"
    r"(?P<severity>Error|Warning) - (?P<text>.*?)\s*$"
)
ELEMENT = (
    r"Type (?P<type>[0-9A-Z]+) (?:Required|Conditional) "
    r"Element=<(?P<keyword>\w+)> Module=<(?P<module>\w+)>"
)


class Kind(StrEnum):
    """What a dciodvfy message is about."""

    MISSING = "missing"
    """``Missing attribute Type 1C Conditional Element=<K> Module=<M>`` (Type 1, 2, 1C, 2C)."""
    EMPTY = "empty"
    """``Empty attribute (no value) Type 1C Conditional Element=<K> Module=<M>``."""
    PRESENT_UNSATISFIED = "present-unsatisfied"
    """``Attribute present when condition unsatisfied (which may not be present otherwise)
    Type 2C Conditional Element=<K> Module=<M>``."""
    SHALL_NOT = "shall-not-be-present"
    """``Shall not be present when ImagerPixelSpacing is present - attribute <K>``."""
    VALUE_REQUIRED = "value-required"
    """``A value is required for value 3 in CT Images - attribute <ImageType>``."""
    EMPTY_WHEN_UNKNOWN = "empty-only-when-unknown"
    """``is only permitted to be empty when actually unknown; ... - attribute <Laterality>``."""
    ENUMERATED = "unrecognized-enumerated-value"
    """``Unrecognized enumerated value <X> for value 1 of attribute <Name>``."""
    DEFINED_TERM = "unrecognized-defined-term"
    """``Unrecognized defined term <X> for value 1 of attribute <Name>`` (a warning)."""
    NOT_IN_IOD = "not-in-iod"
    """``Attribute is not present in standard DICOM IOD - (0x0040,0x0009) SH ...`` and
    ``Dicom dataset contains attributes not present in standard DICOM IOD - this is a
    Standard Extended SOP Class``."""
    RETIRED = "retired"
    """``Retired attribute - (0x0008,0x0000) UL Group Length``, ``Dicom dataset contains
    retired attributes``."""
    VR_INVALID = "vr-invalid"
    """``Value invalid for this VR - ...``, ``Dicom dataset contains invalid data values for
    Value Representations``."""
    VR_DUBIOUS = "vr-dubious"
    """``Value dubious for this VR - ... - Retired Person Name form``."""
    ZERO_VALUE = "zero-value"
    """``Value is zero for value 1 of attribute <Patient's Weight>``."""
    DICOMDIR = "dicomdir"
    """``Missing attribute or value that would be needed to build DICOMDIR - Study ID``."""
    UID = "uid"
    """``StudyInstanceUID has same value as FrameOfReferenceUID <...>``, ``Illegal root for
    UID - ...``."""
    FILE_META = "file-meta"
    """``MediaStorageSOPClassUID but missing SOPClassUID ...``, ``MediaStorageSOPInstanceUID
    different from SOPInstanceUID``, ``Metaheader present but doesn't contain Transfer Syntax
    UID``, ``Bad FileMetaInformationVersion Attribute``, ``Bad group length``."""
    REFERENCE = "reference"
    """``Referenced SOP Instance is not listed in CurrentRequestedProcedureEvidenceSequence
    ...``, ``Number of items in PerFrameFunctionalGroupsSequence does not match
    NumberOfFrames``, ``Coordinates Content Item has missing or incorrect required child``."""
    CODING = "coding-scheme"
    """``CodingSchemeDesignator is deprecated``, ``... in a units Code Sequence is not UCUM``."""
    ENCODING = "encoding"
    """About one element's encoding, after its tag: ``Bad private owner value``, ``Private
    tag without owner``, ``Unrecognized tag - assuming explicit value representation OK``,
    ``Explicit value representation doesn't match data dictionary``, ``Bad Value Length``,
    ``Illegal zero bytes where explicit Value Representation expected``; also ``PixelData
    has incorrect value length``."""
    READ_FAILED = "read-failed"
    """``Dicom dataset read failed``, ``Tag read failed``, ``Sequence attribute read
    failed``, ``Sequence Item dataset read failed - giving up``, ``Attribute read failed``,
    ``Seek failed``, ``Tags out of order``."""
    IOD_NOT_FOUND = "iod-not-found"
    """``Information Object Not found``: dciodvfy does not know the SOP class."""
    OTHER = "other"
    """A line of no form above."""


CATALOGUE: tuple[tuple[Kind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        (Kind.MISSING, rf"^Missing attribute {ELEMENT}"),
        (Kind.EMPTY, rf"^Empty attribute \(no value\) {ELEMENT}"),
        (
            Kind.PRESENT_UNSATISFIED,
            rf"^Attribute present when condition unsatisfied .*?{ELEMENT}",
        ),
        (Kind.SHALL_NOT, r"^Shall not be present .* - attribute <(?P<keyword>\w+)>"),
        (Kind.VALUE_REQUIRED, r"^A value is required for value .* - attribute <(?P<keyword>\w+)>"),
        (
            Kind.EMPTY_WHEN_UNKNOWN,
            r"^is only permitted to be empty when actually unknown.*"
            r" - attribute <(?P<keyword>\w+)>",
        ),
        (Kind.ENUMERATED, r"^Unrecognized enumerated value"),
        (Kind.DEFINED_TERM, r"^Unrecognized defined term"),
        (Kind.NOT_IN_IOD, r"not present in standard DICOM IOD"),
        (Kind.RETIRED, r"^Retired attribute|contains retired attributes"),
        (Kind.VR_INVALID, r"^Value invalid for this VR|invalid data values for Value Repr"),
        (Kind.VR_DUBIOUS, r"^Value dubious for this VR"),
        (Kind.ZERO_VALUE, r"^Value is zero for value"),
        (Kind.DICOMDIR, r"needed to build DICOMDIR"),
        (Kind.UID, r"has same value as FrameOfReferenceUID|^Illegal root for UID"),
        (
            Kind.FILE_META,
            r"^MediaStorageSOP|^Metaheader|^Bad FileMetaInformationVersion|^Bad group length",
        ),
        (
            Kind.REFERENCE,
            r"^Referenced SOP Instance is not listed|^Number of items in|"
            r"^Coordinates Content Item",
        ),
        (Kind.CODING, r"^CodingSchemeDesignator"),
        (Kind.READ_FAILED, r"read failed|^Seek failed|^Tags out of order"),
        (
            Kind.ENCODING,
            r"private owner|Private tag|^Unrecognized tag|value representation|"
            r"Value Representation|Value Length|^PixelData has incorrect value length",
        ),
        (
            Kind.IOD_NOT_FOUND,
            r"^Information Object Not found|SOP Class.*(?:not|un)(?:known|recogni[sz]ed|"
            r"supported)|[Cc]annot (?:determine|handle)",
        ),
    )
)

REFUSALS = frozenset({Kind.IOD_NOT_FOUND, Kind.READ_FAILED})


@dataclass(frozen=True, slots=True)
class Message:
    """One dciodvfy message."""

    severity: str
    """``Error`` or ``Warning``."""
    kind: Kind
    text: str
    keyword: str | None = None
    """The attribute's keyword when the message names one (``Element=<K>``, ``attribute <K>``)."""
    module: str | None = None
    """dciodvfy's module or macro name (``GeneralSeries``, ``ImagePixelDescriptionMacro``)."""
    type: str | None = None
    """The attribute type dciodvfy checked (``1``, ``2``, ``1C``, ``2C``)."""
    tag: str | None = None
    """``0x0009,0x1040`` for a message printed after its element."""

    @property
    def is_conditional_missing(self) -> bool:
        """``Missing attribute Type 1C/2C Conditional``: what dicomodel must also name."""
        return self.kind is Kind.MISSING and self.type in ("1C", "2C")


@dataclass(frozen=True, slots=True)
class Verdict:
    """What dciodvfy said about one file."""

    path: str
    iod: str | None
    messages: tuple[Message, ...]
    returncode: int

    @property
    def accepted(self) -> bool:
        """dciodvfy read the file to the end and checked it against an IOD it knows."""
        return (
            self.iod is not None
            and self.returncode >= 0
            and not any(message.kind in REFUSALS for message in self.messages)
        )

    @property
    def conditional_missing(self) -> list[Message]:
        """The ``Missing attribute Type 1C/2C Conditional`` messages."""
        return [message for message in self.messages if message.is_conditional_missing]


def classify(severity: str, text: str, tag: str | None = None) -> Message:
    """The message of one line's text, by the first form of :data:`CATALOGUE` it fits."""
    for kind, pattern in CATALOGUE:
        found = pattern.search(text)
        if found is None:
            continue
        groups = found.groupdict()
        return Message(
            severity=severity,
            kind=kind,
            text=text,
            keyword=groups.get("keyword"),
            module=groups.get("module"),
            type=groups.get("type"),
            tag=tag,
        )
    return Message(severity=severity, kind=Kind.OTHER, text=text, tag=tag)


def parse(output: str, path: str = "", returncode: int = 0) -> Verdict:
    """Read dciodvfy's output (stdout and stderr together)."""
    iod: str | None = None
    messages: list[Message] = []
    for line in output.splitlines():
        plain = PLAIN.match(line)
        if plain is not None:
            messages.append(classify(plain["severity"], plain["text"]))
            continue
        after_tag = AFTER_TAG.match(line)
        if after_tag is not None:
            messages.append(classify(after_tag["severity"], after_tag["text"], after_tag["tag"]))
            continue
        if iod is None and IOD_LINE.match(line):
            iod = line
    return Verdict(path=path, iod=iod, messages=tuple(messages), returncode=returncode)


def program() -> str | None:
    """The dciodvfy executable on ``PATH``, if any."""
    return shutil.which("dciodvfy")


def run(path: Path | str, executable: str | None = None) -> Verdict:
    """Run dciodvfy on one file; a crash (signal) or time-out is a negative return code."""
    executable = executable or program()
    if executable is None:
        raise FileNotFoundError("dciodvfy is not installed (apt-get install dicom3tools)")
    try:
        done = subprocess.run(
            [executable, str(path)],
            capture_output=True,
            timeout=TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return Verdict(path=str(path), iod=None, messages=(), returncode=-1)
    output = (done.stdout + done.stderr).decode("latin-1")
    return parse(output, str(path), done.returncode)
