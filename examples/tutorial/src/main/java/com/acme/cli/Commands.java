package com.acme.cli;

import dev.premain.MapSection;
import dev.premain.Section;

public final class Commands {
    @Section
    public static final MapSection<String, Command> ALL = MapSection.of(Command.class, Command::name);
}
