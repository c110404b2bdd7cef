"""CID 3664 Oxygen Consumption Equation/Table.

Extensible, version 20030327, UID 1.2.840.10008.6.1.181.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3664
NAME: _Final[str] = "Oxygen Consumption Equation/Table"
KEYWORD: _Final[str | None] = "OxygenConsumptionEquationTable"
UID: _Final[str | None] = "1.2.840.10008.6.1.181"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Vo2maleEqualsBSA138Point111Point49LogeAge0Point378Hrf: _Final[_Code] = _Code(
    "DCM", "122247", "VO2male = BSA (138.1 - 11.49 * loge(age) + 0.378*HRf)", (3664,)
)
"""VO2male = BSA (138.1 - 11.49 * loge(age) + 0.378*HRf) (DCM 122247)."""

Vo2femaleEqualsBSA138Point117Point04LogeAge0Point378Hrf: _Final[_Code] = _Code(
    "DCM", "122248", "VO2female = BSA (138.1 - 17.04 * loge(age) + 0.378*HRf)", (3664,)
)
"""VO2female = BSA (138.1 - 17.04 * loge(age) + 0.378*HRf) (DCM 122248)."""

VO2EqualsVestpd10FIO2FE02: _Final[_Code] = _Code(
    "DCM", "122249", "VO2 = VeSTPD * 10 * (FIO2 - FE02)", (3664,)
)
"""VO2 = VeSTPD * 10 * (FIO2 - FE02) (DCM 122249)."""

VO2Equals152BSA: _Final[_Code] = _Code("DCM", "122250", "VO2 = 152 * BSA", (3664,))
"""VO2 = 152 * BSA (DCM 122250)."""

VO2Equals175BSA: _Final[_Code] = _Code("DCM", "122251", "VO2 = 175 * BSA", (3664,))
"""VO2 = 175 * BSA (DCM 122251)."""

VO2Equals176BSA: _Final[_Code] = _Code("DCM", "122252", "VO2 = 176 * BSA", (3664,))
"""VO2 = 176 * BSA (DCM 122252)."""

RobertsonReidTable: _Final[_Code] = _Code("DCM", "122253", "Robertson & Reid table", (3664,))
"""Robertson & Reid table (DCM 122253)."""

FleischTable: _Final[_Code] = _Code("DCM", "122254", "Fleisch table", (3664,))
"""Fleisch table (DCM 122254)."""

BoothbyTable: _Final[_Code] = _Code("DCM", "122255", "Boothby table", (3664,))
"""Boothby table (DCM 122255)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Vo2maleEqualsBSA138Point111Point49LogeAge0Point378Hrf,
    Vo2femaleEqualsBSA138Point117Point04LogeAge0Point378Hrf,
    VO2EqualsVestpd10FIO2FE02,
    VO2Equals152BSA,
    VO2Equals175BSA,
    VO2Equals176BSA,
    RobertsonReidTable,
    FleischTable,
    BoothbyTable,
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
