"""CID 6098 Clinical Course of Disease.

Extensible, version 20190125, UID 1.2.840.10008.6.1.1277.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6098
NAME: _Final[str] = "Clinical Course of Disease"
KEYWORD: _Final[str | None] = "ClinicalCourseOfDisease"
UID: _Final[str | None] = "1.2.840.10008.6.1.1277"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190125"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NoEvidenceOfDisease: _Final[_Code] = _Code("NCIt", "C40413", "No Evidence of Disease", (6098,))
"""No Evidence of Disease (NCIt C40413)."""

RecurrentDisease: _Final[_Code] = _Code("NCIt", "C38155", "Recurrent Disease", (6098,))
"""Recurrent Disease (NCIt C38155)."""

MEMBERS: _Final[tuple[_Code, ...]] = (NoEvidenceOfDisease, RecurrentDisease)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
