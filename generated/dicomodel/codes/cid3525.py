"""CID 3525 Blood Gas Content.

Extensible, version 20030327, UID 1.2.840.10008.6.1.139.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3525
NAME: _Final[str] = "Blood Gas Content"
KEYWORD: _Final[str | None] = "BloodGasContent"
UID: _Final[str | None] = "1.2.840.10008.6.1.139"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BloodCarbonDioxideContent: _Final[_Code] = _Code(
    "LN", "20565-8", "Blood Carbon dioxide content", (3525,)
)
"""Blood Carbon dioxide content (LN 20565-8)."""

ArterialBloodCarbonDioxideContent: _Final[_Code] = _Code(
    "LN", "2026-3", "Arterial Blood Carbon dioxide content", (3525,)
)
"""Arterial Blood Carbon dioxide content (LN 2026-3)."""

VenousBloodCarbonDioxideContent: _Final[_Code] = _Code(
    "LN", "2027-1", "Venous Blood Carbon dioxide content", (3525,)
)
"""Venous Blood Carbon dioxide content (LN 2027-1)."""

BloodOxygenContent: _Final[_Code] = _Code("DCM", "122185", "Blood Oxygen content", (3525,))
"""Blood Oxygen content (DCM 122185)."""

ArterialOxygenContent: _Final[_Code] = _Code(
    "LN", "19218-7", "Arterial Oxygen content", (3525, 3529)
)
"""Arterial Oxygen content (LN 19218-7)."""

VenousOxygenContent: _Final[_Code] = _Code("LN", "19220-3", "Venous Oxygen content", (3525, 3529))
"""Venous Oxygen content (LN 19220-3)."""

AorticRootOxygenContent: _Final[_Code] = _Code(
    "LN", "10232-7", "Aortic Root Oxygen content", (3525,)
)
"""Aortic Root Oxygen content (LN 10232-7)."""

PulmonaryArteryMainOxygenContent: _Final[_Code] = _Code(
    "LN", "10245-9", "Pulmonary Artery Main Oxygen content", (3525,)
)
"""Pulmonary Artery Main Oxygen content (LN 10245-9)."""

PulmonaryWedgeOxygenContent: _Final[_Code] = _Code(
    "LN", "10247-5", "Pulmonary Wedge Oxygen content", (3525,)
)
"""Pulmonary Wedge Oxygen content (LN 10247-5)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BloodCarbonDioxideContent,
    ArterialBloodCarbonDioxideContent,
    VenousBloodCarbonDioxideContent,
    BloodOxygenContent,
    ArterialOxygenContent,
    VenousOxygenContent,
    AorticRootOxygenContent,
    PulmonaryArteryMainOxygenContent,
    PulmonaryWedgeOxygenContent,
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
