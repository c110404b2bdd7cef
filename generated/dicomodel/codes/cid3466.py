"""CID 3466 Plane Identification.

Extensible, version 20130806, UID 1.2.840.10008.6.1.108.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3466
NAME: _Final[str] = "Plane Identification"
KEYWORD: _Final[str | None] = "PlaneIdentification"
UID: _Final[str | None] = "1.2.840.10008.6.1.108"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20130806"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RightAnteriorOblique: _Final[_Code] = _Code(
    "SCT", "399356000", "Right Anterior Oblique", (3466, 4010)
)
"""Right Anterior Oblique (SCT 399356000)."""

LeftAnteriorOblique: _Final[_Code] = _Code(
    "SCT", "399135007", "Left Anterior Oblique", (3466, 4010)
)
"""Left Anterior Oblique (SCT 399135007)."""

AnteroPosterior: _Final[_Code] = _Code("SCT", "399348003", "Antero-posterior", (3466, 4010, 7302))
"""Antero-posterior (SCT 399348003)."""

LeftLateral: _Final[_Code] = _Code("SCT", "399173006", "Left Lateral", (3466, 4010, 7484))
"""Left Lateral (SCT 399173006)."""

CranialLAO: _Final[_Code] = _Code("SCT", "408723005", "Cranial LAO", (3466,))
"""Cranial LAO (SCT 408723005)."""

CranialRAO: _Final[_Code] = _Code("SCT", "408725003", "Cranial RAO", (3466,))
"""Cranial RAO (SCT 408725003)."""

CaudalLAO: _Final[_Code] = _Code("SCT", "408724004", "Caudal LAO", (3466,))
"""Caudal LAO (SCT 408724004)."""

CaudalRAO: _Final[_Code] = _Code("SCT", "408726002", "Caudal RAO", (3466,))
"""Caudal RAO (SCT 408726002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RightAnteriorOblique,
    LeftAnteriorOblique,
    AnteroPosterior,
    LeftLateral,
    CranialLAO,
    CranialRAO,
    CaudalLAO,
    CaudalRAO,
)
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
