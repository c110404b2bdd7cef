"""CID 18 Radiopharmaceutical Isotope.

Extensible, version 20201116, UID 1.2.840.10008.6.1.12.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
_14Carbon: _Final[_groups.Cid18Code]
_18Fluorine: _Final[_groups.Cid18Code]
_22Sodium: _Final[_groups.Cid18Code]
_24Sodium: _Final[_groups.Cid18Code]
_32Phosphorus: _Final[_groups.Cid18Code]
_42Potassium: _Final[_groups.Cid18Code]
_43Potassium: _Final[_groups.Cid18Code]
_51Chromium: _Final[_groups.Cid18Code]
_57Cobalt: _Final[_groups.Cid18Code]
_58Cobalt: _Final[_groups.Cid18Code]
_59Iron: _Final[_groups.Cid18Code]
_60Cobalt: _Final[_groups.Cid18Code]
_64Copper: _Final[_groups.Cid18Code]
_67Copper: _Final[_groups.Cid18Code]
_67Gallium: _Final[_groups.Cid18Code]
_75Selenium: _Final[_groups.Cid18Code]
_81mKrypton: _Final[_groups.Cid18Code]
_85Krypton: _Final[_groups.Cid18Code]
_85Strontium: _Final[_groups.Cid18Code]
_87mStrontium: _Final[_groups.Cid18Code]
_89Strontium: _Final[_groups.Cid18Code]
_90Yttrium: _Final[_groups.Cid18Code]
_97Ruthenium: _Final[_groups.Cid18Code]
_99mTechnetium: _Final[_groups.Cid18Code]
_111Indium: _Final[_groups.Cid18Code]
_113mIndium: _Final[_groups.Cid18Code]
_123Iodine: _Final[_groups.Cid18Code]
_125Iodine: _Final[_groups.Cid18Code]
_127Xenon: _Final[_groups.Cid18Code]
_131Iodine: _Final[_groups.Cid18Code]
_133Barium: _Final[_groups.Cid18Code]
_133Xenon: _Final[_groups.Cid18Code]
_153Gadolinium: _Final[_groups.Cid18Code]
_153Samarium: _Final[_groups.Cid18Code]
_166Holmium: _Final[_groups.Cid18Code]
_169Ytterbium: _Final[_groups.Cid18Code]
_177Lutetium: _Final[_groups.Cid18Code]
_178Tantalum: _Final[_groups.Cid18Code]
_186Rhenium: _Final[_groups.Cid18Code]
_188Rhenium: _Final[_groups.Cid18Code]
_191mIridium: _Final[_groups.Cid18Code]
_198Gold: _Final[_groups.Cid18Code]
_199Gold: _Final[_groups.Cid18Code]
_201Thallium: _Final[_groups.Cid18Code]
_203Lead: _Final[_groups.Cid18Code]
_223Radium: _Final[_groups.Cid18Code]
MEMBERS: _Final[tuple[_groups.Cid18Code, ...]]
