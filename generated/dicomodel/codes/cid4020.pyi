"""CID 4020 PET Radionuclide.

Extensible, version 20160119, UID 1.2.840.10008.6.1.304.

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
_11Carbon: _Final[_Code]
_13Nitrogen: _Final[_Code]
_14Oxygen: _Final[_Code]
_15Oxygen: _Final[_Code]
_18Fluorine: _Final[_Code]
_22Sodium: _Final[_Code]
_38Potassium: _Final[_Code]
_43Scandium: _Final[_Code]
_44Scandium: _Final[_Code]
_45Titanium: _Final[_Code]
_51Manganese: _Final[_Code]
_52Iron: _Final[_Code]
_52Manganese: _Final[_Code]
_52mManganese: _Final[_Code]
_60Copper: _Final[_Code]
_61Copper: _Final[_Code]
_62Copper: _Final[_Code]
_62Zinc: _Final[_Code]
_64Copper: _Final[_Code]
_66Gallium: _Final[_Code]
_68Gallium: _Final[_Code]
_68Germanium: _Final[_Code]
_70Arsenic: _Final[_Code]
_72Arsenic: _Final[_Code]
_73Selenium: _Final[_Code]
_75Bromine: _Final[_Code]
_76Bromine: _Final[_Code]
_77Bromine: _Final[_Code]
_82Rubidium: _Final[_Code]
_86Yttrium: _Final[_Code]
_89Zirconium: _Final[_Code]
_90Niobium: _Final[_Code]
_90Yttrium: _Final[_Code]
_94mTechnetium: _Final[_Code]
_124Iodine: _Final[_Code]
_152Terbium: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
