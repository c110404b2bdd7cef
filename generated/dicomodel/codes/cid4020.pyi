"""CID 4020 PET Radionuclide.

Extensible, version 20160119, UID 1.2.840.10008.6.1.304.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

V11Carbon: _Final[_groups.Cid4020Code]
V13Nitrogen: _Final[_groups.Cid4020Code]
V14Oxygen: _Final[_groups.Cid4020Code]
V15Oxygen: _Final[_groups.Cid4020Code]
V18Fluorine: _Final[_groups.Cid4020Code]
V22Sodium: _Final[_groups.Cid4020Code]
V38Potassium: _Final[_groups.Cid4020Code]
V43Scandium: _Final[_groups.Cid4020Code]
V44Scandium: _Final[_groups.Cid4020Code]
V45Titanium: _Final[_groups.Cid4020Code]
V51Manganese: _Final[_groups.Cid4020Code]
V52Iron: _Final[_groups.Cid4020Code]
V52Manganese: _Final[_groups.Cid4020Code]
V52mManganese: _Final[_groups.Cid4020Code]
V60Copper: _Final[_groups.Cid4020Code]
V61Copper: _Final[_groups.Cid4020Code]
V62Copper: _Final[_groups.Cid4020Code]
V62Zinc: _Final[_groups.Cid4020Code]
V64Copper: _Final[_groups.Cid4020Code]
V66Gallium: _Final[_groups.Cid4020Code]
V68Gallium: _Final[_groups.Cid4020Code]
V68Germanium: _Final[_groups.Cid4020Code]
V70Arsenic: _Final[_groups.Cid4020Code]
V72Arsenic: _Final[_groups.Cid4020Code]
V73Selenium: _Final[_groups.Cid4020Code]
V75Bromine: _Final[_groups.Cid4020Code]
V76Bromine: _Final[_groups.Cid4020Code]
V77Bromine: _Final[_groups.Cid4020Code]
V82Rubidium: _Final[_groups.Cid4020Code]
V86Yttrium: _Final[_groups.Cid4020Code]
V89Zirconium: _Final[_groups.Cid4020Code]
V90Niobium: _Final[_groups.Cid4020Code]
V90Yttrium: _Final[_groups.Cid4020Code]
V94mTechnetium: _Final[_groups.Cid4020Code]
V124Iodine: _Final[_groups.Cid4020Code]
V152Terbium: _Final[_groups.Cid4020Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4020Code]]
