"""CID 9534 Radiotherapy Target.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1244.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9534
NAME: _Final[str] = "Radiotherapy Target"
KEYWORD: _Final[str | None] = "RadiotherapyTarget"
UID: _Final[str | None] = "1.2.840.10008.6.1.1244"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CTVNodal: _Final[_Code] = _Code("DCM", "130049", "CTV Nodal", (9534,))
"""CTV Nodal (DCM 130049)."""

CTVPrimary: _Final[_Code] = _Code("DCM", "130050", "CTV Primary", (9534,))
"""CTV Primary (DCM 130050)."""

CTV: _Final[_Code] = _Code("SCT", "228792002", "CTV", (9534,))
"""CTV (SCT 228792002)."""

GTVNodal: _Final[_Code] = _Code("DCM", "130051", "GTV Nodal", (9534,))
"""GTV Nodal (DCM 130051)."""

GTVPrimary: _Final[_Code] = _Code("DCM", "130052", "GTV Primary", (9534,))
"""GTV Primary (DCM 130052)."""

GTV: _Final[_Code] = _Code("SCT", "228791009", "GTV", (9534,))
"""GTV (SCT 228791009)."""

PTVNodal: _Final[_Code] = _Code("DCM", "130053", "PTV Nodal", (9534,))
"""PTV Nodal (DCM 130053)."""

PTVPrimary: _Final[_Code] = _Code("DCM", "130054", "PTV Primary", (9534,))
"""PTV Primary (DCM 130054)."""

PTV: _Final[_Code] = _Code("SCT", "228793007", "PTV", (9534,))
"""PTV (SCT 228793007)."""

ITV: _Final[_Code] = _Code("DCM", "130056", "ITV", (9534,))
"""ITV (DCM 130056)."""

TreatedVolume: _Final[_Code] = _Code("DCM", "130059", "Treated Volume", (9534,))
"""Treated Volume (DCM 130059)."""

IrradiatedVolume: _Final[_Code] = _Code("SCT", "228790005", "Irradiated Volume", (9534,))
"""Irradiated Volume (SCT 228790005)."""

EntireBodyTargetVolume: _Final[_Code] = _Code("DCM", "130055", "Entire Body Target Volume", (9534,))
"""Entire Body Target Volume (DCM 130055)."""

RadiationDoseNormalizationPoint: _Final[_Code] = _Code(
    "DCM", "130063", "Radiation Dose Normalization Point", (9534,)
)
"""Radiation Dose Normalization Point (DCM 130063)."""

RadiationDoseReferencePoint: _Final[_Code] = _Code(
    "DCM", "130064", "Radiation Dose Reference Point", (9534,)
)
"""Radiation Dose Reference Point (DCM 130064)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CTVNodal,
    CTVPrimary,
    CTV,
    GTVNodal,
    GTVPrimary,
    GTV,
    PTVNodal,
    PTVPrimary,
    PTV,
    ITV,
    TreatedVolume,
    IrradiatedVolume,
    EntireBodyTargetVolume,
    RadiationDoseNormalizationPoint,
    RadiationDoseReferencePoint,
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
