"""CID 3850 Contrast Bolus Substance.

Extensible, version 20200310, UID 1.2.840.10008.6.1.934.
Includes CID 70, CID 12.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Dextran: _Final[_groups.Cid3850Code]
Saline: _Final[_groups.Cid3850Code]
LactatedRingerS: _Final[_groups.Cid3850Code]
Air: _Final[_groups.Cid3850Code]
BariumSulfate: _Final[_groups.Cid3850Code]
Bunamiodyl: _Final[_groups.Cid3850Code]
CarbonDioxide: _Final[_groups.Cid3850Code]
ChloriodizedOil: _Final[_groups.Cid3850Code]
ContrastAgent: _Final[_groups.Cid3850Code]
Diatrizoate: _Final[_groups.Cid3850Code]
GadobenateDimeglumine: _Final[_groups.Cid3850Code]
Gadobutrol: _Final[_groups.Cid3850Code]
Gadodiamide: _Final[_groups.Cid3850Code]
Gadofosveset: _Final[_groups.Cid3850Code]
Gadolinium: _Final[_groups.Cid3850Code]
GadopentetateDimeglumine: _Final[_groups.Cid3850Code]
GadoterateMeglumine: _Final[_groups.Cid3850Code]
Gadoteridol: _Final[_groups.Cid3850Code]
Gadoversetamide: _Final[_groups.Cid3850Code]
GadoxetateDisodium: _Final[_groups.Cid3850Code]
IodamideMeglumine: _Final[_groups.Cid3850Code]
Iodipamide: _Final[_groups.Cid3850Code]
Iodixanol: _Final[_groups.Cid3850Code]
IodizedOil: _Final[_groups.Cid3850Code]
IodoalphionicAcid: _Final[_groups.Cid3850Code]
Iodophthalein: _Final[_groups.Cid3850Code]
Iodopyracet: _Final[_groups.Cid3850Code]
Iohexol: _Final[_groups.Cid3850Code]
IonicIodinatedContrastAgent: _Final[_groups.Cid3850Code]
Iopamidol: _Final[_groups.Cid3850Code]
IopanoicAcid: _Final[_groups.Cid3850Code]
Iophendylate: _Final[_groups.Cid3850Code]
IophenoxicAcid: _Final[_groups.Cid3850Code]
Iopromide: _Final[_groups.Cid3850Code]
Iothalamate: _Final[_groups.Cid3850Code]
Ioversol: _Final[_groups.Cid3850Code]
Ioxaglate: _Final[_groups.Cid3850Code]
Ioxilan: _Final[_groups.Cid3850Code]
Ipodate: _Final[_groups.Cid3850Code]
MangafodipirTrisodium: _Final[_groups.Cid3850Code]
MeglumineDiatrizoate: _Final[_groups.Cid3850Code]
MeglumineIodipamide: _Final[_groups.Cid3850Code]
Metrizamide: _Final[_groups.Cid3850Code]
Metrizoate: _Final[_groups.Cid3850Code]
NonIonicIodinatedContrastAgent: _Final[_groups.Cid3850Code]
NonRadiopaqueMedium: _Final[_groups.Cid3850Code]
Oxygen: _Final[_groups.Cid3850Code]
Propyliodone: _Final[_groups.Cid3850Code]
SodiumAcetrizoate: _Final[_groups.Cid3850Code]
SodiumDiprotrizoate: _Final[_groups.Cid3850Code]
SodiumIodipamide: _Final[_groups.Cid3850Code]
SodiumIodomethamate: _Final[_groups.Cid3850Code]
SodiumTyropanoate: _Final[_groups.Cid3850Code]
Water: _Final[_groups.Cid3850Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3850Code]]
