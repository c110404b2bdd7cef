"""Our Native DICOM Model XML agrees with DCMTK's ``dcm2xml --native-format --encode-base64``.

Over every file of pydicom's corpus that dicomodel reads (``corpus.py``: all but the
four without SOP Class UID), ``read(file).to_xml()`` has the same attributes, VRs and
values as DCMTK's document, compared as XML infosets (:mod:`.dcm2xml`); the few ways
DCMTK 3.6.7 departs are named in :class:`~tests.runtime.serialize.dcm2xml.Known` and
every difference must be one of them. Our reader reads DCMTK's documents too.
"""

from __future__ import annotations

import warnings
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from pydicom.multival import MultiValue

from dicomodel.errors import DicomodelError
from dicomodel.serialize import read
from dicomodel.serialize.xml import xml_to_dataset
from tests.runtime.serialize.corpus import FILES
from tests.runtime.serialize.dcm2xml import Known, compare, dcm2xml, infoset
from tests.runtime.serialize.test_corpus import NO_MODEL

READ = [path for path in FILES if path.name not in NO_MODEL]

# DCMTK cannot read these files (pydicom reads them, leniently): truncated values,
# and a JPEG file whose data set is damaged past what DCMTK's parser recovers from.
DCMTK_UNREADABLE = {"MR_truncated.dcm", "SC_rgb_jpeg.dcm", "rtplan_truncated.dcm"}

# DCMTK 3.6.7 cannot convert ISO 2022 code extensions (Japanese, Korean, Chinese) nor
# GB18030 ("... not supported ... quoting non-ASCII characters"): it writes the bytes
# undecoded, ESC as "&#27;" (which XML 1.0 forbids, so the document is not well-formed)
# or as other characters. Ours is UTF-8, and round trips (test_xml.py).
DCMTK_CHARSET = {
    "chrH31.dcm",
    "chrH32.dcm",
    "chrI2.dcm",
    "chrJapMulti.dcm",
    "chrJapMultiExplicitIR6.dcm",
    "chrKoreanMulti.dcm",
    "chrSQEncoding.dcm",
    "chrSQEncoding1.dcm",
    "chrX2.dcm",
}

# Where each departure of DCMTK shows; a departure seen elsewhere fails the test, so
# the list cannot hide a new difference.
EXPECTED: dict[Known, set[str]] = {
    Known.GROUP_LENGTH: {"693_J2KI.dcm", "ExplVR_BigEnd.dcm"},
    Known.PHONETIC_COPY: {"chrX1.dcm"},
    Known.UN_CREATOR: {"J2K_pixelrep_mismatch.dcm"},
    Known.UN_IN_FILE: {"rtdose_rle.dcm", "rtdose_rle_1frame.dcm"},
    Known.ORPHAN_PRIVATE: {"UN_sequence.dcm", "waveform_ecg.dcm"},
    Known.FLOAT_DIGITS: {"examples_palette.dcm"},
}


@cache
def _ours(path: Path) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = read(path, strict=False, force=True)
    return str(model.to_xml(check=False))


@pytest.mark.parametrize("path", READ, ids=lambda path: path.name)
def test_our_xml_is_dcmtks_infoset(path: Path) -> None:
    done = dcm2xml(path)
    if done.returncode:
        assert path.name in DCMTK_UNREADABLE, done.stderr.decode(errors="replace")
        return
    assert path.name not in DCMTK_UNREADABLE
    if path.name in DCMTK_CHARSET:
        unsupported = b"not supported" in done.stderr
        try:
            infoset(done.stdout)
        except SyntaxError:  # ElementTree.ParseError: not well-formed
            unsupported = True
        assert unsupported
        return
    theirs = infoset(done.stdout)
    result = compare(infoset(_ours(path)), theirs, path.name)
    assert result.unexplained == []
    for known, files in EXPECTED.items():
        assert (known in result.explained) == (path.name in files), known


@pytest.mark.parametrize("path", READ, ids=lambda path: path.name)
def test_we_read_dcmtks_xml(path: Path) -> None:
    """DCMTK's document (in its declared encoding: ISO-8859-x or UTF-8) reads, with the
    same text values as the file."""
    done = dcm2xml(path)
    if done.returncode or path.name in DCMTK_CHARSET:
        return  # as the test above asserts
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = read(path, strict=False, force=True)
    dataset = xml_to_dataset(done.stdout)
    ours = model.to_dataset(check=False)
    standard = {element.tag for element in ours if not element.tag.is_private}
    assert {element.tag for element in dataset if not element.tag.is_private} == {
        tag
        for tag in standard
        if tag.element  # DCMTK leaves out group lengths
    }
    for element in dataset:
        mine = ours.get(element.tag)
        if element.VR in _CHARSET_TEXT and mine is not None and mine.VR == element.VR:
            assert _stripped(element.value) == _stripped(mine.value), element.keyword


_CHARSET_TEXT = {"LO", "SH", "ST", "LT", "UC", "UT"}  # PS3.5 6.1.2.3: by Specific Character Set


def _stripped(value: object) -> list[str]:
    values = list(value) if isinstance(value, (list, MultiValue)) else [value]
    return [str(item).strip(" ") for item in values]


def test_the_corpus_figures() -> None:
    """How many files are compared, and how often each departure of DCMTK shows."""
    compared: Counter[Known] = Counter()
    files = 0
    for path in READ:
        if path.name in DCMTK_UNREADABLE | DCMTK_CHARSET:
            continue
        try:
            result = compare(infoset(_ours(path)), infoset(dcm2xml(path).stdout), path.name)
        except DicomodelError as error:  # pragma: no cover - shown by the test above
            pytest.fail(f"{path.name}: {error}")
        files += 1
        compared.update(result.explained.keys())
    assert len(READ) == 91
    assert files == 91 - len(DCMTK_UNREADABLE) - len(DCMTK_CHARSET) == 79
    assert compared[Known.ENCAPSULATED] >= 30  # every compressed file of the corpus
    assert compared[Known.OW_BIG_ENDIAN] >= 10
