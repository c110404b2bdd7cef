"""CID 4406 Patient Reported Lesion Characteristic.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1351.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4406
NAME: _Final[str] = "Patient Reported Lesion Characteristic"
KEYWORD: _Final[str | None] = "PatientReportedLesionCharacteristic"
UID: _Final[str | None] = "1.2.840.10008.6.1.1351"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20231115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Itching: _Final[_Code] = _Code("SCT", "418363000", "Itching", (60, 4406))
"""Itching (SCT 418363000)."""

Erythema: _Final[_Code] = _Code("SCT", "247441003", "Erythema", (4406, 4408, 6055))
"""Erythema (SCT 247441003)."""

SymptomHasChanged: _Final[_Code] = _Code("SCT", "162499001", "Symptom has changed", (4406,))
"""Symptom has changed (SCT 162499001)."""

Peeling: _Final[_Code] = _Code("SCT", "271767006", "Peeling", (4406,))
"""Peeling (SCT 271767006)."""

BleedingSkin: _Final[_Code] = _Code("SCT", "297968009", "Bleeding skin", (4406, 4408))
"""Bleeding skin (SCT 297968009)."""

PainfulSkin: _Final[_Code] = _Code("SCT", "403598008", "Painful skin", (4406,))
"""Painful skin (SCT 403598008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Itching,
    Erythema,
    SymptomHasChanged,
    Peeling,
    BleedingSkin,
    PainfulSkin,
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
