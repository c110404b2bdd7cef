"""CID 18 Radiopharmaceutical Isotope.

Extensible, version 20201116, UID 1.2.840.10008.6.1.12.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
_14Carbon: _Final[_Code]
_18Fluorine: _Final[_Code]
_22Sodium: _Final[_Code]
_24Sodium: _Final[_Code]
_32Phosphorus: _Final[_Code]
_42Potassium: _Final[_Code]
_43Potassium: _Final[_Code]
_51Chromium: _Final[_Code]
_57Cobalt: _Final[_Code]
_58Cobalt: _Final[_Code]
_59Iron: _Final[_Code]
_60Cobalt: _Final[_Code]
_64Copper: _Final[_Code]
_67Copper: _Final[_Code]
_67Gallium: _Final[_Code]
_75Selenium: _Final[_Code]
_81mKrypton: _Final[_Code]
_85Krypton: _Final[_Code]
_85Strontium: _Final[_Code]
_87mStrontium: _Final[_Code]
_89Strontium: _Final[_Code]
_90Yttrium: _Final[_Code]
_97Ruthenium: _Final[_Code]
_99mTechnetium: _Final[_Code]
_111Indium: _Final[_Code]
_113mIndium: _Final[_Code]
_123Iodine: _Final[_Code]
_125Iodine: _Final[_Code]
_127Xenon: _Final[_Code]
_131Iodine: _Final[_Code]
_133Barium: _Final[_Code]
_133Xenon: _Final[_Code]
_153Gadolinium: _Final[_Code]
_153Samarium: _Final[_Code]
_166Holmium: _Final[_Code]
_169Ytterbium: _Final[_Code]
_177Lutetium: _Final[_Code]
_178Tantalum: _Final[_Code]
_186Rhenium: _Final[_Code]
_188Rhenium: _Final[_Code]
_191mIridium: _Final[_Code]
_198Gold: _Final[_Code]
_199Gold: _Final[_Code]
_201Thallium: _Final[_Code]
_203Lead: _Final[_Code]
_223Radium: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
