process.stdout.write('pep-rules: CLI not built yet\n');
