package com.acme.plugins;

import com.acme.cli.Command;
import com.acme.cli.Commands;
import dev.premain.Contribute;

@Contribute(Commands.class)
public final class ListCommand implements Command {
    public String name() { return "list"; }
    public void run(String[] args) { System.out.println("Listing all items"); }
}
