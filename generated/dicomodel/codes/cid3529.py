"""CID 3529 Arterial / Venous Content.

Extensible, version 20030327, UID 1.2.840.10008.6.1.143.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3529
NAME: _Final[str] = "Arterial / Venous Content"
KEYWORD: _Final[str | None] = "ArterialVenousContent"
UID: _Final[str | None] = "1.2.840.10008.6.1.143"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ArterialContentFca: _Final[_Code] = _Code("LN", "19218-7", "Arterial Content (FCa)", (3525, 3529))
"""Arterial Content (FCa) (LN 19218-7)."""

VenousContentFcv: _Final[_Code] = _Code("LN", "19220-3", "Venous Content (FCv)", (3525, 3529))
"""Venous Content (FCv) (LN 19220-3)."""

PulmonaryArterialContentFcpa: _Final[_Code] = _Code(
    "DCM", "122188", "Pulmonary Arterial Content (FCpa)", (3529,)
)
"""Pulmonary Arterial Content (FCpa) (DCM 122188)."""

PulmonaryVenousContentFcpv: _Final[_Code] = _Code(
    "DCM", "122189", "Pulmonary Venous Content (FCpv)", (3529,)
)
"""Pulmonary Venous Content (FCpv) (DCM 122189)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ArterialContentFca,
    VenousContentFcv,
    PulmonaryArterialContentFcpa,
    PulmonaryVenousContentFcpv,
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
