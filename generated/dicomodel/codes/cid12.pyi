"""CID 12 Imaging Contrast Agent.

Extensible, version 20210714, UID 1.2.840.10008.6.1.10.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Air: _Final[_groups.Cid12Code]
BariumSulfate: _Final[_groups.Cid12Code]
Bunamiodyl: _Final[_groups.Cid12Code]
CarbonDioxide: _Final[_groups.Cid12Code]
ChloriodizedOil: _Final[_groups.Cid12Code]
ContrastAgent: _Final[_groups.Cid12Code]
Diatrizoate: _Final[_groups.Cid12Code]
GadobenateDimeglumine: _Final[_groups.Cid12Code]
Gadobutrol: _Final[_groups.Cid12Code]
Gadodiamide: _Final[_groups.Cid12Code]
Gadofosveset: _Final[_groups.Cid12Code]
Gadolinium: _Final[_groups.Cid12Code]
GadopentetateDimeglumine: _Final[_groups.Cid12Code]
GadoterateMeglumine: _Final[_groups.Cid12Code]
Gadoteridol: _Final[_groups.Cid12Code]
Gadoversetamide: _Final[_groups.Cid12Code]
GadoxetateDisodium: _Final[_groups.Cid12Code]
IodamideMeglumine: _Final[_groups.Cid12Code]
Iodipamide: _Final[_groups.Cid12Code]
Iodixanol: _Final[_groups.Cid12Code]
IodizedOil: _Final[_groups.Cid12Code]
IodoalphionicAcid: _Final[_groups.Cid12Code]
Iodophthalein: _Final[_groups.Cid12Code]
Iodopyracet: _Final[_groups.Cid12Code]
Iohexol: _Final[_groups.Cid12Code]
IonicIodinatedContrastAgent: _Final[_groups.Cid12Code]
Iopamidol: _Final[_groups.Cid12Code]
IopanoicAcid: _Final[_groups.Cid12Code]
Iophendylate: _Final[_groups.Cid12Code]
IophenoxicAcid: _Final[_groups.Cid12Code]
Iopromide: _Final[_groups.Cid12Code]
Iothalamate: _Final[_groups.Cid12Code]
Ioversol: _Final[_groups.Cid12Code]
Ioxaglate: _Final[_groups.Cid12Code]
Ioxilan: _Final[_groups.Cid12Code]
Ipodate: _Final[_groups.Cid12Code]
MangafodipirTrisodium: _Final[_groups.Cid12Code]
MeglumineDiatrizoate: _Final[_groups.Cid12Code]
MeglumineIodipamide: _Final[_groups.Cid12Code]
Metrizamide: _Final[_groups.Cid12Code]
Metrizoate: _Final[_groups.Cid12Code]
NonIonicIodinatedContrastAgent: _Final[_groups.Cid12Code]
NonRadiopaqueMedium: _Final[_groups.Cid12Code]
Oxygen: _Final[_groups.Cid12Code]
Propyliodone: _Final[_groups.Cid12Code]
SodiumAcetrizoate: _Final[_groups.Cid12Code]
SodiumDiprotrizoate: _Final[_groups.Cid12Code]
SodiumIodipamide: _Final[_groups.Cid12Code]
SodiumIodomethamate: _Final[_groups.Cid12Code]
SodiumTyropanoate: _Final[_groups.Cid12Code]
Water: _Final[_groups.Cid12Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12Code]]
