"""CID 6312 Cross-sectional Scan Plane Orientation.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1369.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6312
NAME: _Final[str] = "Cross-sectional Scan Plane Orientation"
KEYWORD: _Final[str | None] = "CrossSectionalScanPlaneOrientation"
UID: _Final[str | None] = "1.2.840.10008.6.1.1369"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Sagittal: _Final[_Code] = _Code("SCT", "30730003", "Sagittal", (2, 6, 26, 4010, 6312))
"""Sagittal (SCT 30730003)."""

Axial: _Final[_Code] = _Code("SCT", "24422004", "Axial", (2, 26, 6312))
"""Axial (SCT 24422004)."""

Coronal: _Final[_Code] = _Code("SCT", "81654009", "Coronal", (2, 6, 26, 6312))
"""Coronal (SCT 81654009)."""

Oblique: _Final[_Code] = _Code("SCT", "21114003", "Oblique", (6, 6121, 6312))
"""Oblique (SCT 21114003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Sagittal, Axial, Coronal, Oblique)
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
