"""CID 10031 CR/DR Mechanical Configuration.

Extensible, version 20120406, UID 1.2.840.10008.6.1.960.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10031
NAME: _Final[str] = "CR/DR Mechanical Configuration"
KEYWORD: _Final[str | None] = "CRDRMechanicalConfiguration"
UID: _Final[str | None] = "1.2.840.10008.6.1.960"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20120406"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

UnmountedDetector: _Final[_Code] = _Code("DCM", "113953", "Unmounted Detector", (10031,))
"""Unmounted Detector (DCM 113953)."""

TableMount: _Final[_Code] = _Code("DCM", "113952", "Table Mount", (10031,))
"""Table Mount (DCM 113952)."""

UprightStandMount: _Final[_Code] = _Code("DCM", "113954", "Upright Stand Mount", (10031,))
"""Upright Stand Mount (DCM 113954)."""

CArmMount: _Final[_Code] = _Code("DCM", "113955", "C-Arm Mount", (10031,))
"""C-Arm Mount (DCM 113955)."""

MEMBERS: _Final[tuple[_Code, ...]] = (UnmountedDetector, TableMount, UprightStandMount, CArmMount)
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
