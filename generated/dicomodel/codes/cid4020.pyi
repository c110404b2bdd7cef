"""CID 4020 PET Radionuclide.

Extensible, version 20160119, UID 1.2.840.10008.6.1.304.

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
_11Carbon: _Final[_groups.Cid4020Code]
_13Nitrogen: _Final[_groups.Cid4020Code]
_14Oxygen: _Final[_groups.Cid4020Code]
_15Oxygen: _Final[_groups.Cid4020Code]
_18Fluorine: _Final[_groups.Cid4020Code]
_22Sodium: _Final[_groups.Cid4020Code]
_38Potassium: _Final[_groups.Cid4020Code]
_43Scandium: _Final[_groups.Cid4020Code]
_44Scandium: _Final[_groups.Cid4020Code]
_45Titanium: _Final[_groups.Cid4020Code]
_51Manganese: _Final[_groups.Cid4020Code]
_52Iron: _Final[_groups.Cid4020Code]
_52Manganese: _Final[_groups.Cid4020Code]
_52mManganese: _Final[_groups.Cid4020Code]
_60Copper: _Final[_groups.Cid4020Code]
_61Copper: _Final[_groups.Cid4020Code]
_62Copper: _Final[_groups.Cid4020Code]
_62Zinc: _Final[_groups.Cid4020Code]
_64Copper: _Final[_groups.Cid4020Code]
_66Gallium: _Final[_groups.Cid4020Code]
_68Gallium: _Final[_groups.Cid4020Code]
_68Germanium: _Final[_groups.Cid4020Code]
_70Arsenic: _Final[_groups.Cid4020Code]
_72Arsenic: _Final[_groups.Cid4020Code]
_73Selenium: _Final[_groups.Cid4020Code]
_75Bromine: _Final[_groups.Cid4020Code]
_76Bromine: _Final[_groups.Cid4020Code]
_77Bromine: _Final[_groups.Cid4020Code]
_82Rubidium: _Final[_groups.Cid4020Code]
_86Yttrium: _Final[_groups.Cid4020Code]
_89Zirconium: _Final[_groups.Cid4020Code]
_90Niobium: _Final[_groups.Cid4020Code]
_90Yttrium: _Final[_groups.Cid4020Code]
_94mTechnetium: _Final[_groups.Cid4020Code]
_124Iodine: _Final[_groups.Cid4020Code]
_152Terbium: _Final[_groups.Cid4020Code]
MEMBERS: _Final[tuple[_groups.Cid4020Code, ...]]
