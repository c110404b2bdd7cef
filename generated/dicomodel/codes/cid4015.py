"""CID 4015 View Modifier for Mammography.

Non-extensible, version 20090717, UID 1.2.840.10008.6.1.299.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4015
NAME: _Final[str] = "View Modifier for Mammography"
KEYWORD: _Final[str | None] = "ViewModifierForMammography"
UID: _Final[str | None] = "1.2.840.10008.6.1.299"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20090717"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Cleavage: _Final[_Code] = _Code("SCT", "399161006", "Cleavage", (4015,))
"""Cleavage (SCT 399161006)."""

AxillaryTail: _Final[_Code] = _Code("SCT", "399011000", "Axillary Tail", (4015,))
"""Axillary Tail (SCT 399011000)."""

RolledLateral: _Final[_Code] = _Code("SCT", "399197002", "Rolled Lateral", (4015,))
"""Rolled Lateral (SCT 399197002)."""

RolledMedial: _Final[_Code] = _Code("SCT", "399226006", "Rolled Medial", (4015,))
"""Rolled Medial (SCT 399226006)."""

RolledInferior: _Final[_Code] = _Code("SCT", "414493004", "Rolled Inferior", (4015,))
"""Rolled Inferior (SCT 414493004)."""

RolledSuperior: _Final[_Code] = _Code("SCT", "415670009", "Rolled Superior", (4015,))
"""Rolled Superior (SCT 415670009)."""

ImplantDisplaced: _Final[_Code] = _Code("SCT", "399209000", "Implant Displaced", (4015,))
"""Implant Displaced (SCT 399209000)."""

Magnification: _Final[_Code] = _Code("SCT", "399163009", "Magnification", (4015, 6029))
"""Magnification (SCT 399163009)."""

SpotCompression: _Final[_Code] = _Code("SCT", "399055006", "Spot Compression", (4015, 6029))
"""Spot Compression (SCT 399055006)."""

Tangential: _Final[_Code] = _Code("SCT", "399110001", "Tangential", (4010, 4015))
"""Tangential (SCT 399110001)."""

NippleInProfile: _Final[_Code] = _Code("SCT", "442581004", "Nipple in profile", (4015,))
"""Nipple in profile (SCT 442581004)."""

AnteriorCompression: _Final[_Code] = _Code("SCT", "441752004", "Anterior compression", (4015,))
"""Anterior compression (SCT 441752004)."""

InfraMammaryFold: _Final[_Code] = _Code("SCT", "442593008", "Infra-mammary fold", (4015,))
"""Infra-mammary fold (SCT 442593008)."""

AxillaryTissue: _Final[_Code] = _Code("SCT", "442580003", "Axillary tissue", (4015,))
"""Axillary tissue (SCT 442580003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Cleavage,
    AxillaryTail,
    RolledLateral,
    RolledMedial,
    RolledInferior,
    RolledSuperior,
    ImplantDisplaced,
    Magnification,
    SpotCompression,
    Tangential,
    NippleInProfile,
    AnteriorCompression,
    InfraMammaryFold,
    AxillaryTissue,
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
