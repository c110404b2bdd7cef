"""CID 10041 Source of Radioisotope Activity Information.

Extensible, version 20140419, UID 1.2.840.10008.6.1.973.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10041
NAME: _Final[str] = "Source of Radioisotope Activity Information"
KEYWORD: _Final[str | None] = "SourceOfRadioisotopeActivityInformation"
UID: _Final[str | None] = "1.2.840.10008.6.1.973"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20140419"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DoseCalibrator: _Final[_Code] = _Code("DCM", "113541", "Dose Calibrator", (10041,))
"""Dose Calibrator (DCM 113541)."""

InfusionSystem: _Final[_Code] = _Code("DCM", "113542", "Infusion System", (10041,))
"""Infusion System (DCM 113542)."""

RadioisotopeGenerator: _Final[_Code] = _Code("DCM", "113543", "Radioisotope Generator", (10041,))
"""Radioisotope Generator (DCM 113543)."""

MEMBERS: _Final[tuple[_Code, ...]] = (DoseCalibrator, InfusionSystem, RadioisotopeGenerator)
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
