"""CID 12011 Ultrasound Pelvis and Uterus Measurement.

Extensible, version 20030130, UID 1.2.840.10008.6.1.559.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12011
NAME: _Final[str] = "Ultrasound Pelvis and Uterus Measurement"
KEYWORD: _Final[str | None] = "UltrasoundPelvisAndUterusMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.559"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030130"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CervixLength: _Final[_Code] = _Code("LN", "11961-0", "Cervix Length", (12011,))
"""Cervix Length (LN 11961-0)."""

EndometriumThickness: _Final[_Code] = _Code("LN", "12145-9", "Endometrium Thickness", (12011,))
"""Endometrium Thickness (LN 12145-9)."""

MEMBERS: _Final[tuple[_Code, ...]] = (CervixLength, EndometriumThickness)
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
