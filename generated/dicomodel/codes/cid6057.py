"""CID 6057 Ductography Finding for Breast.

Extensible, version 20040112, UID 1.2.840.10008.6.1.386.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6057
NAME: _Final[str] = "Ductography Finding for Breast"
KEYWORD: _Final[str | None] = "DuctographyFindingForBreast"
UID: _Final[str | None] = "1.2.840.10008.6.1.386"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NormalBreastTissue: _Final[_Code] = _Code("DCM", "111287", "Normal breast tissue", (6031, 6057))
"""Normal breast tissue (DCM 111287)."""

IntraluminalFillingDefect: _Final[_Code] = _Code(
    "DCM", "111425", "Intraluminal filling defect", (6057,)
)
"""Intraluminal filling defect (DCM 111425)."""

MammaryDuctEctasia: _Final[_Code] = _Code(
    "SCT", "22049009", "Mammary duct ectasia", (6031, 6057, 6064)
)
"""Mammary duct ectasia (SCT 22049009)."""

MultipleFillingDefect: _Final[_Code] = _Code("DCM", "111426", "Multiple filling defect", (6057,))
"""Multiple filling defect (DCM 111426)."""

AbruptDuctTermination: _Final[_Code] = _Code("DCM", "111427", "Abrupt duct termination", (6057,))
"""Abrupt duct termination (DCM 111427)."""

Extravasation: _Final[_Code] = _Code("DCM", "111428", "Extravasation", (6057,))
"""Extravasation (DCM 111428)."""

DuctNarrowing: _Final[_Code] = _Code("DCM", "111429", "Duct narrowing", (6057,))
"""Duct narrowing (DCM 111429)."""

CystFill: _Final[_Code] = _Code("DCM", "111430", "Cyst fill", (6057,))
"""Cyst fill (DCM 111430)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NormalBreastTissue,
    IntraluminalFillingDefect,
    MammaryDuctEctasia,
    MultipleFillingDefect,
    AbruptDuctTermination,
    Extravasation,
    DuctNarrowing,
    CystFill,
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
