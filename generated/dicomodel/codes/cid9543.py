"""CID 9543 Radiotherapy Treatment Machine Mode.

Extensible, version 20190715, UID 1.2.840.10008.6.1.1290.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9543
NAME: _Final[str] = "Radiotherapy Treatment Machine Mode"
KEYWORD: _Final[str | None] = "RadiotherapyTreatmentMachineMode"
UID: _Final[str | None] = "1.2.840.10008.6.1.1290"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190715"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TotalBodyIrradiation: _Final[_Code] = _Code("DCM", "130341", "Total Body Irradiation", (9543,))
"""Total Body Irradiation (DCM 130341)."""

TotalSkinIrradiation: _Final[_Code] = _Code("DCM", "130342", "Total Skin Irradiation", (9543,))
"""Total Skin Irradiation (DCM 130342)."""

MEMBERS: _Final[tuple[_Code, ...]] = (TotalBodyIrradiation, TotalSkinIrradiation)
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
