"""CID 10030 Detector Type.

Extensible, version 20120406, UID 1.2.840.10008.6.1.959.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10030
NAME: _Final[str] = "Detector Type"
KEYWORD: _Final[str | None] = "DetectorType"
UID: _Final[str | None] = "1.2.840.10008.6.1.959"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20120406"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DirectDetector: _Final[_Code] = _Code("DCM", "113948", "Direct Detector", (10030,))
"""Direct Detector (DCM 113948)."""

IndirectDetector: _Final[_Code] = _Code("DCM", "113949", "Indirect Detector", (10030,))
"""Indirect Detector (DCM 113949)."""

StorageDetector: _Final[_Code] = _Code("DCM", "113950", "Storage Detector", (10030,))
"""Storage Detector (DCM 113950)."""

Film: _Final[_Code] = _Code("DCM", "113951", "Film", (10030,))
"""Film (DCM 113951)."""

MEMBERS: _Final[tuple[_Code, ...]] = (DirectDetector, IndirectDetector, StorageDetector, Film)
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
