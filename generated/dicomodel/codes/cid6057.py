"""CID 6057 Ductography Finding for Breast.

Extensible, version 20040112, UID 1.2.840.10008.6.1.386.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6057
NAME: Final[str] = "Ductography Finding for Breast"
KEYWORD: Final[str | None] = "DuctographyFindingForBreast"
UID: Final[str | None] = "1.2.840.10008.6.1.386"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NormalBreastTissue: Final[Code] = Code("DCM", "111287", "Normal breast tissue", (6031, 6057))
"""Normal breast tissue (DCM 111287)."""

IntraluminalFillingDefect: Final[Code] = Code(
    "DCM", "111425", "Intraluminal filling defect", (6057,)
)
"""Intraluminal filling defect (DCM 111425)."""

MammaryDuctEctasia: Final[Code] = Code(
    "SCT", "22049009", "Mammary duct ectasia", (6031, 6057, 6064)
)
"""Mammary duct ectasia (SCT 22049009)."""

MultipleFillingDefect: Final[Code] = Code("DCM", "111426", "Multiple filling defect", (6057,))
"""Multiple filling defect (DCM 111426)."""

AbruptDuctTermination: Final[Code] = Code("DCM", "111427", "Abrupt duct termination", (6057,))
"""Abrupt duct termination (DCM 111427)."""

Extravasation: Final[Code] = Code("DCM", "111428", "Extravasation", (6057,))
"""Extravasation (DCM 111428)."""

DuctNarrowing: Final[Code] = Code("DCM", "111429", "Duct narrowing", (6057,))
"""Duct narrowing (DCM 111429)."""

CystFill: Final[Code] = Code("DCM", "111430", "Cyst fill", (6057,))
"""Cyst fill (DCM 111430)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
