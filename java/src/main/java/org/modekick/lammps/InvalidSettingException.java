package org.modekick.lammps;

/**
 * A setting that cannot work (outside LAMMPS's own bounds, where LAMMPS would end the process, or outside what the
 * physics allows), naming the setting by its record component (e.g. "alpha0") so that the command line can name
 * its option; the message gives the value that was given and why it is refused.
 */
public final class InvalidSettingException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String setting;

    public InvalidSettingException(String setting, String message) {
        super(message);
        this.setting = setting;
    }

    /** The setting's name, as its record component is called. */
    public String setting() {
        return setting;
    }
}
