package com.acme.plugins;

import com.acme.cli.Command;
import com.acme.cli.Commands;
import com.acme.cli.HelpCommand;
import com.acme.cli.SimpleCommand;
import dev.premain.Contribute;

final class MoreCommands {
    @Contribute(Commands.class) static final Command ADD = new SimpleCommand("add", "Add a new item");
    @Contribute(Commands.class) static Command help() { return new HelpCommand(); }
}
