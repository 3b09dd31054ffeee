for k, v do end
