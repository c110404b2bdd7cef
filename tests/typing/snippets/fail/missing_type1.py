from dicomodel.modules import SOPCommonModule

SOPCommonModule(SOPClassUID="1.2.840.10008.5.1.4.1.1.2")  # E: Missing named argument "SOPInstanceUID" for "SOPCommonModule"
