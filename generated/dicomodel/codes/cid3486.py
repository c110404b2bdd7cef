"""CID 3486 Vascular Measurement Site.

Extensible, version 20051103, UID 1.2.840.10008.6.1.121.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3486
NAME: _Final[str] = "Vascular Measurement Site"
KEYWORD: _Final[str | None] = "VascularMeasurementSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.121"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20051103"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ProximalReference: _Final[_Code] = _Code("DCM", "122380", "Proximal Reference", (3486,))
"""Proximal Reference (DCM 122380)."""

DistalReference: _Final[_Code] = _Code("DCM", "122381", "Distal Reference", (3486,))
"""Distal Reference (DCM 122381)."""

SiteOfLumenMinimum: _Final[_Code] = _Code("DCM", "122382", "Site of Lumen Minimum", (3486,))
"""Site of Lumen Minimum (DCM 122382)."""

SiteOfLumenMaximum: _Final[_Code] = _Code("DCM", "122687", "Site of Lumen Maximum", (3486,))
"""Site of Lumen Maximum (DCM 122687)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ProximalReference,
    DistalReference,
    SiteOfLumenMinimum,
    SiteOfLumenMaximum,
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
