"""CID 18 Radiopharmaceutical Isotope.

Extensible, version 20201116, UID 1.2.840.10008.6.1.12.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

V14Carbon: _Final[_groups.Cid18Code]
V18Fluorine: _Final[_groups.Cid18Code]
V22Sodium: _Final[_groups.Cid18Code]
V24Sodium: _Final[_groups.Cid18Code]
V32Phosphorus: _Final[_groups.Cid18Code]
V42Potassium: _Final[_groups.Cid18Code]
V43Potassium: _Final[_groups.Cid18Code]
V51Chromium: _Final[_groups.Cid18Code]
V57Cobalt: _Final[_groups.Cid18Code]
V58Cobalt: _Final[_groups.Cid18Code]
V59Iron: _Final[_groups.Cid18Code]
V60Cobalt: _Final[_groups.Cid18Code]
V64Copper: _Final[_groups.Cid18Code]
V67Copper: _Final[_groups.Cid18Code]
V67Gallium: _Final[_groups.Cid18Code]
V75Selenium: _Final[_groups.Cid18Code]
V81mKrypton: _Final[_groups.Cid18Code]
V85Krypton: _Final[_groups.Cid18Code]
V85Strontium: _Final[_groups.Cid18Code]
V87mStrontium: _Final[_groups.Cid18Code]
V89Strontium: _Final[_groups.Cid18Code]
V90Yttrium: _Final[_groups.Cid18Code]
V97Ruthenium: _Final[_groups.Cid18Code]
V99mTechnetium: _Final[_groups.Cid18Code]
V111Indium: _Final[_groups.Cid18Code]
V113mIndium: _Final[_groups.Cid18Code]
V123Iodine: _Final[_groups.Cid18Code]
V125Iodine: _Final[_groups.Cid18Code]
V127Xenon: _Final[_groups.Cid18Code]
V131Iodine: _Final[_groups.Cid18Code]
V133Barium: _Final[_groups.Cid18Code]
V133Xenon: _Final[_groups.Cid18Code]
V153Gadolinium: _Final[_groups.Cid18Code]
V153Samarium: _Final[_groups.Cid18Code]
V166Holmium: _Final[_groups.Cid18Code]
V169Ytterbium: _Final[_groups.Cid18Code]
V177Lutetium: _Final[_groups.Cid18Code]
V178Tantalum: _Final[_groups.Cid18Code]
V186Rhenium: _Final[_groups.Cid18Code]
V188Rhenium: _Final[_groups.Cid18Code]
V191mIridium: _Final[_groups.Cid18Code]
V198Gold: _Final[_groups.Cid18Code]
V199Gold: _Final[_groups.Cid18Code]
V201Thallium: _Final[_groups.Cid18Code]
V203Lead: _Final[_groups.Cid18Code]
V223Radium: _Final[_groups.Cid18Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid18Code]]
